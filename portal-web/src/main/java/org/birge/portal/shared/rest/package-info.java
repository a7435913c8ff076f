/** REST endpoints every feature shares: the readiness check that start scripts and load balancers poll. */
package org.birge.portal.shared.rest;
