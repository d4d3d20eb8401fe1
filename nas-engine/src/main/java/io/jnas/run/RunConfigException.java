package io.jnas.run;

import io.jnas.failure.BadInput;
/** A run config that cannot be used; the message names the file or flag, the key and the rule. */
public final class RunConfigException extends RuntimeException implements BadInput {

    private static final long serialVersionUID = 1L;

    public RunConfigException(String message) {
        super(message);
    }
}
