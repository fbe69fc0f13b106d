package org.partnergraph.launcher;

import picocli.CommandLine.Option;

/**
 * {@code --user NAME}: who is asking. Drafts of waves are shown to their author only, and an edit
 * is recorded under this name. Default: the operating system's user name.
 */
final class UserOption {

    @Option(
            names = "--user",
            paramLabel = "NAME",
            description = "Who you are: your draft waves are shown to you and your edits recorded under this name"
                    + " (default: the OS user name, ${sys:user.name}).")
    String user;

    String name() {
        return user == null || user.isBlank() ? System.getProperty("user.name", "") : user.strip();
    }
}
