package com.gongxuhui.notify.delivery;

/** One outside provider. {@link #send} never throws for a provider's failure: it says so in the outcome. */
public interface Channel {

    ChannelType type();

    SendOutcome send(Delivery delivery);
}
