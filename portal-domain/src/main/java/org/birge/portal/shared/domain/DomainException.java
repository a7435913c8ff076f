package org.birge.portal.shared.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An illegal change of a domain object. Carries a message key of the interface bundles and its
 * arguments, so the service layer can tell the user in their own language what went wrong.
 */
public class DomainException extends RuntimeException implements Localizable {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    public DomainException(String messageKey, Object... arguments) {
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
