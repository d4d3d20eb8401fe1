package io.jnas.run;

import io.jnas.failure.BadInput;
/** A resumed run whose replay does not match its log or checkpoint. */
public final class ResumeMismatch extends RuntimeException implements BadInput {

    private static final long serialVersionUID = 1L;

    public ResumeMismatch(String message) {
        super(message);
    }
}
