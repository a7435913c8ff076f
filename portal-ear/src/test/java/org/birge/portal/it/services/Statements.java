package org.birge.portal.it.services;

import java.util.concurrent.Callable;
import org.birge.portal.shared.service.StatementCounter;

/** The SQL statements a piece of work sends on this thread, for the tests that a page costs the same whatever it holds. */
final class Statements {

    private Statements() {
    }

    static int of(Callable<?> work) throws Exception {
        StatementCounter.start();
        try {
            work.call();
        } catch (Exception e) {
            StatementCounter.stop();
            throw e;
        }
        return StatementCounter.stop();
    }
}
