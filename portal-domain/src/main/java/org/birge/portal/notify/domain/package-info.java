/** Notifications to people: in-app records now, e-mail through an outbox later. */
package org.birge.portal.notify.domain;
