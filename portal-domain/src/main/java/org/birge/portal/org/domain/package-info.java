/**
 * The organisation of the programme: regions, their districts, and the officials and residents who sign
 * in, each assigned to the district or region whose data they may see.
 */
package org.birge.portal.org.domain;
