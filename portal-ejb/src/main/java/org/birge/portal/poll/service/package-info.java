/**
 * Community polls, the services: the district's mayor asks, its residents vote once each, the region's
 * governor reads; the winning option starts a project proposal through the proposal service. Scope comes
 * from the caller, never from a parameter.
 */
package org.birge.portal.poll.service;
