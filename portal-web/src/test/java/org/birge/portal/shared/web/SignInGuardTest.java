package org.birge.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class SignInGuardTest {

    @Test
    void aRefusedConnectionDeepInTheCausesMeansTheProviderIsUnreachable() {
        Exception failure = new IllegalStateException("metadata",
                new RuntimeException("wrapped", new ConnectException("Connection refused")));
        assertTrue(SignInGuard.providerUnreachable(failure));
    }

    @Test
    void otherFailuresAreNotTakenForAnUnreachableProvider() {
        assertFalse(SignInGuard.providerUnreachable(new IllegalArgumentException("bad token")));
    }
}
