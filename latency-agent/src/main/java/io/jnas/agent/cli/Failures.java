package io.jnas.agent.cli;

import io.grpc.StatusRuntimeException;
import java.io.PrintWriter;

/** How the commands report a failure: one line, and the stack trace only with {@code -v}. */
final class Failures {

    private Failures() {
    }

    /** Prints the failure and returns exit code 1. */
    static int report(PrintWriter err, String where, RuntimeException e, boolean verbose) {
        if (e instanceof StatusRuntimeException s) {
            err.println(where + " answered " + s.getStatus().getCode() + ": "
                    + s.getStatus().getDescription());
        } else {
            err.println(where + ": " + e.getMessage());
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }
}
