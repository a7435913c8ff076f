/**
 * Organisation services: provisioning people from their login, the regions and districts each user may
 * see, and the administration of this reference data.
 */
package org.birge.portal.org.service;
