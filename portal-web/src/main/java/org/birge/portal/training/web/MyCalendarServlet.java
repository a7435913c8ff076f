package org.birge.portal.training.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.birge.portal.shared.web.ActiveUser;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.training.service.EnrolmentService;

/**
 * {@code /training/my-sessions.ics}: the signed-in trainee's (or trainer's) sessions as an iCalendar file,
 * which calendar programs import. The /training/ constraint asks for a sign-in; the service for the role.
 */
@WebServlet("/training/my-sessions.ics")
public class MyCalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private EnrolmentService enrolments;

    @Inject
    private ActiveUser activeUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath();
        String text;
        try {
            text = enrolments.myCalendarFile(Messages.text(activeUser.getLocale(), "enrol.ics.name"),
                    base + "/training/session.xhtml?id=");
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setContentLength(bytes.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"birge-training.ics\"");
        response.getOutputStream().write(bytes);
    }
}
