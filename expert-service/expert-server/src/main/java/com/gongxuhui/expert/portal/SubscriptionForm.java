package com.gongxuhui.expert.portal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The whole set of fields an expert subscribes to (需求订阅); empty unsubscribes from all. */
public record SubscriptionForm(@NotNull @Size(max = 20) List<@NotNull @Size(min = 1, max = 40) String> fieldCodes) {
}
