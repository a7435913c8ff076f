package org.birge.portal.shared.domain;

import java.util.List;

/** A failure that the interface can tell the user in their language: a bundle key and its arguments. */
public interface Localizable {

    String getMessageKey();

    List<Object> getArguments();
}
