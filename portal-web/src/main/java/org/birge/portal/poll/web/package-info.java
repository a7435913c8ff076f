/** Community polls, the pages: the mayor's, the residents' and the governor's lists and poll pages. */
package org.birge.portal.poll.web;
