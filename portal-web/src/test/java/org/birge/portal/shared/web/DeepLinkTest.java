package org.birge.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeepLinkTest {

    @Test
    void pathsInsideThePortalAreKept() {
        assertTrue(DeepLink.isLocal("/admin/districts.xhtml"));
        assertTrue(DeepLink.isLocal("/governor/?page=2"));
    }

    @Test
    void addressesElsewhereAndTheSignInPathsAreNot() {
        assertFalse(DeepLink.isLocal("//evil.example/"));
        assertFalse(DeepLink.isLocal("/\\evil.example/"));
        assertFalse(DeepLink.isLocal("https://evil.example/"));
        assertFalse(DeepLink.isLocal("/login"));
        assertFalse(DeepLink.isLocal("/callback?code=x"));
        assertFalse(DeepLink.isLocal("/mayor/\r\nSet-Cookie: x"));
        assertFalse(DeepLink.isLocal("/" + "a".repeat(2001)));
    }
}
