/** Writing notifications in the transaction of the change they tell of, and reading one's own. */
package org.birge.portal.notify.service;
