/**
 * Integration tests of the whole application: the servers the build starts (Keycloak and Payara with the
 * EAR), logins through the real Keycloak page in HtmlUnit and in headless Chromium, the access-control
 * matrix, and Arquillian tests of the services in the same Payara.
 */
package org.birge.portal.it;
