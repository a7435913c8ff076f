/** The notifications page and the unread count of the menu. */
package org.birge.portal.notify.web;
