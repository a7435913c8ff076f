package org.birge.portal.feedback.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.shared.web.FileSending;

/**
 * Sends a file of an appeal, {@code /appeal-files/<id>}, to those who may read the appeal: its author, the
 * mayor of its district, the governor of its region. PDFs are downloaded, images shown; never cached.
 */
@WebServlet(urlPatterns = "/appeal-files/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.RESIDENT_NAME, Role.MAYOR_NAME, Role.GOVERNOR_NAME}))
public class AppealFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FileSending.send(request, response, attachments::appealFile, FileSending.PRIVATE);
    }
}
