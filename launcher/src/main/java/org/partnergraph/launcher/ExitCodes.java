package org.partnergraph.launcher;

/** The command's exit codes (docs/cli.md). */
public final class ExitCodes {

    public static final int OK = 0;
    /** The input (a bundle, an id, a value) is wrong; nothing was changed. */
    public static final int BAD_INPUT = 1;
    /** The command line itself is wrong. */
    public static final int USAGE = 2;
    /** The database cannot be reached, or its folder is in use. */
    public static final int DATABASE_UNAVAILABLE = 3;

    private ExitCodes() {}
}
