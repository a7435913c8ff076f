package org.birge.portal.shared.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.birge.portal.shared.service.export.ExportJobService;

/** Sends the file of a finished export, {@code /exports/<job id>}, to the user who asked for it alone. */
@WebServlet("/exports/*")
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ExportJobService exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FileSending.send(request, response, exports::file, FileSending.PRIVATE);
    }
}
