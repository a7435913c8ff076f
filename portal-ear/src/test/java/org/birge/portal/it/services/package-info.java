/**
 * Arquillian tests of the services inside the test Payara, on the real database: data scope, validation,
 * optimistic locking, audit. A test archive carries the EAR's own libraries plus a test-only sign-in, so
 * each test can act as a person of a given role and district.
 */
package org.birge.portal.it.services;
