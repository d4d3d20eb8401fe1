package io.jnas.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HostInfoTest {

    @Test
    void hardwareIdNamesDeviceModelEngineAndThreadsInLowerCaseDashes() {
        assertEquals("cpu-intel-xeon-platinum-8375c-pytorch-2-7-1-t1", HostInfo.hardwareId("cpu",
                "Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz", "pytorch", "2.7.1", 1));
        assertEquals("cuda-nvidia-jetson-agx-orin-pytorch-2-7-1-t4", HostInfo.hardwareId("cuda",
                "NVIDIA Jetson AGX Orin", "pytorch", "2.7.1", 4));
    }

    @Test
    void hardwareIdIsAlwaysValidAndBounded() {
        String id = HostInfo.hardwareId("cpu", "\u00e9\u00e8 ".repeat(100) + "x".repeat(300),
                "pytorch", "2.7.1", 1);
        assertTrue(HostInfo.isValidHardwareId(id), id);
        assertTrue(id.length() <= 100);
        assertEquals("unknown", HostInfo.sanitize("()"));
    }

    @Test
    void thisHostHasAModelCoresAndMemory() {
        assertFalse(HostInfo.cpuModel().isBlank());
        assertTrue(HostInfo.cores() >= 1);
        assertTrue(HostInfo.physicalMemoryBytes() > 0);
    }

    @Test
    void anOverriddenHardwareIdMustBeWellFormed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AgentConfig.defaults().withHardwareId("My Box!"));
        assertEquals("hardware id must match [a-z0-9][a-z0-9-]{0,99}, but was 'My Box!'",
                e.getMessage());
    }
}
