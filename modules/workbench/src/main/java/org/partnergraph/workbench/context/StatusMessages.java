package org.partnergraph.workbench.context;

/** Where the shell tells the user what happened (the status bar). Call on any thread. */
public interface StatusMessages {

    void info(String sentence);

    void error(String sentence);

    /** The sentence of an exception: its message, or its type where it has none. */
    static String sentence(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null
                && (t.getMessage() == null
                        || t instanceof java.util.concurrent.CompletionException
                        || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
