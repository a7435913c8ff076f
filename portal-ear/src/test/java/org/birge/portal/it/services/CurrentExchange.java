package org.birge.portal.it.services;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Keeps the request and response of the Arquillian call at hand, for the test sign-in. */
@WebFilter("/*")
public class CurrentExchange extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();
    private static final ThreadLocal<HttpServletResponse> RESPONSE = new ThreadLocal<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        REQUEST.set(request);
        RESPONSE.set(response);
        try {
            chain.doFilter(request, response);
        } finally {
            REQUEST.remove();
            RESPONSE.remove();
        }
    }

    static HttpServletRequest request() {
        return REQUEST.get();
    }

    static HttpServletResponse response() {
        return RESPONSE.get();
    }
}
