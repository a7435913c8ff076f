/**
 * The web layer every page shares: single sign-on through OpenID Connect, the signed-in user and their
 * language, the layout's backing, security headers and error handling.
 */
package org.birge.portal.shared.web;
