/** Appends to the hash-chained audit record in the business transaction, lists it and verifies the chain. */
package org.birge.portal.audit.service;
