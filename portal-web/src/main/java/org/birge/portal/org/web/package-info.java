/**
 * Backing beans of the role homes and of the administration of regions, districts and people.
 */
package org.birge.portal.org.web;
