package org.birge.portal.feedback.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.shared.web.FileSending;

/**
 * Sends a file of a thread's message, {@code /work/thread-files/<id>}, to the thread's participants only
 * (the service decides: 403 for anyone else). PDFs are downloaded, images shown; the browser is told not to
 * guess the type.
 */
@WebServlet(urlPatterns = "/work/thread-files/*")
public class ThreadFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FileSending.send(request, response, attachments::threadFile, FileSending.PRIVATE);
    }
}
