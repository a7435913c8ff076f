package org.birge.portal.shared.service;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.birge.portal.shared.domain.Localizable;

/**
 * A business failure the user can understand and act on. It rolls the transaction back and carries a
 * message key of the interface bundles with its arguments, never a technical text.
 */
@ApplicationException(rollback = true)
public class PortalException extends RuntimeException implements Localizable {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    public PortalException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    @Override
    public String getMessageKey() {
        return messageKey;
    }

    @Override
    public List<Object> getArguments() {
        return arguments;
    }
}
