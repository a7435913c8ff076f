package org.birge.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PkceTest {

    @Test
    void theChallengeIsTheS256OfTheVerifierAsInRfc7636AppendixB() {
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                Pkce.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    @Test
    void verifiersAreFreshAndOfTheLengthTheRfcAsksFor() {
        String one = Pkce.newVerifier();
        String two = Pkce.newVerifier();
        assertNotEquals(one, two);
        assertTrue(one.length() >= 43 && one.length() <= 128, one);
        assertTrue(one.matches("[A-Za-z0-9_-]+"), one);
    }

    @Test
    void aQueryParameterIsReadDecoded() {
        String location = "http://kc/realms/birge/protocol/openid-connect/auth?response_type=code&state=a%2Bb&x";
        assertEquals("a+b", PkceChallengeResponse.queryParameter(location, "state"));
        assertEquals("code", PkceChallengeResponse.queryParameter(location, "response_type"));
        assertEquals("", PkceChallengeResponse.queryParameter(location, "x"));
        assertNull(PkceChallengeResponse.queryParameter(location, "nonce"));
    }
}
