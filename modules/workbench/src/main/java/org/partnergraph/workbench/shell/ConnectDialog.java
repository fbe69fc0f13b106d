package org.partnergraph.workbench.shell;

import java.awt.Component;
import java.awt.GridLayout;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;

/** File > Connect: URI, user and password. The URI and user are remembered by the caller; the password never. */
final class ConnectDialog {

    /** What the user typed; the password array is the caller's to clear. */
    @SuppressWarnings("ArrayRecordComponent") // a password is a char[] so that it can be wiped; never compared
    record Answer(String uri, String user, char[] password) {}

    private ConnectDialog() {}

    static Optional<Answer> ask(Component parent, String lastUri, String lastUser) {
        JTextField uri = new JTextField(lastUri, 28);
        uri.setName("connect.uri");
        JTextField user = new JTextField(lastUser);
        user.setName("connect.user");
        JPasswordField password = new JPasswordField();
        password.setName("connect.password");
        JPanel form = new JPanel(new GridLayout(0, 2, 6, 6));
        form.add(new JLabel("Server URI (neo4j:// or bolt://)"));
        form.add(uri);
        form.add(new JLabel("User"));
        form.add(user);
        form.add(new JLabel("Password (not remembered)"));
        form.add(password);
        int answer = JOptionPane.showConfirmDialog(
                parent, form, "Connect to a Neo4j server", JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
        if (answer != JOptionPane.OK_OPTION || uri.getText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Answer(uri.getText().strip(), user.getText().strip(), password.getPassword()));
    }
}
