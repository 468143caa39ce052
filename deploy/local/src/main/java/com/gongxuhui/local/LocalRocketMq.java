package com.gongxuhui.local;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.rocketmq.broker.BrokerController;
import org.apache.rocketmq.broker.BrokerStartup;
import org.apache.rocketmq.namesrv.NamesrvStartup;

/**
 * RocketMQ's name server and broker inside the infrastructure JVM, started by their own start-up classes from the
 * same configuration {@code deploy/local/bin/rocketmq.sh} writes (its broker.conf settings, store under the data
 * folder). Each registers its own shutdown hook, so TERM stops both.
 */
final class LocalRocketMq {

    private final Path home;
    private final int namesrvPort;
    private final int brokerPort;

    LocalRocketMq(Path home, int namesrvPort, int brokerPort) {
        this.home = home;
        this.namesrvPort = namesrvPort;
        this.brokerPort = brokerPort;
    }

    String startNameServer() throws Exception {
        Files.createDirectories(home.resolve("conf"));
        Files.createDirectories(home.resolve("store"));
        System.setProperty("rocketmq.home.dir", home.toString());
        Path namesrvConf = home.resolve("conf/namesrv.conf");
        Files.writeString(namesrvConf, "listenPort=" + namesrvPort + "\nbindAddress=127.0.0.1\n");
        NamesrvStartup.main0(new String[] {"-c", namesrvConf.toString()});
        return "127.0.0.1:" + namesrvPort;
    }

    String startBroker() throws Exception {
        Path brokerConf = home.resolve("conf/broker.conf");
        Files.writeString(brokerConf, String.join("\n",
                "brokerClusterName=DefaultCluster", "brokerName=broker-a", "brokerId=0", "brokerRole=ASYNC_MASTER",
                "flushDiskType=ASYNC_FLUSH", "namesrvAddr=127.0.0.1:" + namesrvPort, "listenPort=" + brokerPort,
                "bindAddress=127.0.0.1", "brokerIP1=127.0.0.1", "autoCreateTopicEnable=true",
                "autoCreateSubscriptionGroup=true", "mappedFileSizeCommitLog=67108864",
                "mappedFileSizeConsumeQueue=300000", "maxHashSlotNum=50000", "maxIndexNum=200000",
                "diskSpaceWarningLevelRatio=98", "diskSpaceCleanForciblyRatio=97", "deleteWhen=04",
                "fileReservedTime=48", "storePathRootDir=" + home.resolve("store"),
                "storePathCommitLog=" + home.resolve("store/commitlog")) + "\n");
        BrokerController broker = BrokerStartup.createBrokerController(new String[] {"-c", brokerConf.toString()});
        BrokerStartup.start(broker);
        return "127.0.0.1:" + brokerPort;
    }
}
