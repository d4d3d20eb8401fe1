package io.jnas.data;

import static io.jnas.data.IdxLoaderTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Cifar10LoaderTest {

    @TempDir
    Path tmp;

    /** One record: label, then red plane = r, green = g, blue = b, except pixel (0, 1). */
    static byte[] record(int label, int r, int g, int b) {
        byte[] rec = new byte[Cifar10Loader.RECORD];
        rec[0] = (byte) label;
        for (int k = 0; k < 1024; k++) {
            rec[1 + k] = (byte) r;
            rec[1 + 1024 + k] = (byte) g;
            rec[1 + 2048 + k] = (byte) b;
        }
        rec[1 + 1] = (byte) 255; // red of row 0, column 1
        return rec;
    }

    static byte[] batch(byte[]... records) {
        byte[] out = new byte[records.length * Cifar10Loader.RECORD];
        for (int i = 0; i < records.length; i++) {
            System.arraycopy(records[i], 0, out, i * Cifar10Loader.RECORD, Cifar10Loader.RECORD);
        }
        return out;
    }

    @Test
    void readsBinaryBatchesInOrderAndChannelsAsPlanes() throws IOException {
        Path b1 = Files.write(tmp.resolve("data_batch_1.bin"), batch(record(3, 0, 51, 102),
                record(9, 255, 0, 0)));
        Path b2 = Files.write(tmp.resolve("data_batch_2.bin"), batch(record(0, 10, 20, 30)));
        ImageDataset d = Cifar10Loader.loadBinary(List.of(b1, b2), "c");
        assertEquals(3, d.size());
        assertEquals("3x32x32", d.shape());
        assertEquals(10, d.classes());
        assertArrayEquals(new int[] {3, 9, 0}, d.labels());
        assertEquals(0f, d.pixel(0, 0));
        assertEquals(1f, d.pixel(0, 1), "red at row 0, column 1");
        assertEquals(0.2f, d.pixel(0, 1024), 1e-6);
        assertEquals(0.4f, d.pixel(0, 2048), 1e-6);
        assertEquals(30 / 255f, d.pixel(2, 3000), 1e-6);
    }

    @Test
    void readsTheFiveTrainingBatchesFromAFolderAndFromTheArchive() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("cifar-10-batches-bin"));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 5; i >= 1; i--) { // archive order differs from batch order
            byte[] b = batch(record(i, i, i, i), record(i - 1, 0, 0, 0));
            Files.write(dir.resolve("data_batch_" + i + ".bin"), b);
            entries.put("cifar-10-batches-bin/data_batch_" + i + ".bin", b);
        }
        entries.put("cifar-10-batches-bin/batches.meta.txt", "airplane\n".getBytes());
        ImageDataset fromDir = Cifar10Loader.loadBinaryDirectory(tmp, true);
        Path archive = tmp.resolve("cifar-10-binary.tar.gz");
        TarWriter.write(archive, entries);
        ImageDataset fromTar = Cifar10Loader.loadBinaryArchive(archive, true);
        assertArrayEquals(new int[] {1, 0, 2, 1, 3, 2, 4, 3, 5, 4}, fromDir.labels());
        assertArrayEquals(fromDir.labels(), fromTar.labels());
        assertEquals(fromDir.pixel(4, 5), fromTar.pixel(4, 5));
    }

    @Test
    void badLengthAndLabelAreNamed() throws IOException {
        Path p = Files.write(tmp.resolve("x.bin"), new byte[3074]);
        assertMessage(p + ": length must be a positive multiple of 3073 (1 label byte + 3072 pixel"
                + " bytes per image), but was 3074", () -> Cifar10Loader.loadBinary(List.of(p), "x"));
        Path q = Files.write(tmp.resolve("y.bin"), batch(record(1, 0, 0, 0), record(10, 0, 0, 0)));
        assertMessage(q + ": record 1: label must be in [0, 9], but was 10",
                () -> Cifar10Loader.loadBinary(List.of(q), "y"));
    }

    @Test
    void archiveWithoutTheBatchesIsNamed() throws IOException {
        Path archive = tmp.resolve("a.tar.gz");
        TarWriter.write(archive, Map.of("cifar-10-batches-bin/test_batch.bin", batch(record(1, 0, 0, 0))));
        assertMessage(archive + ": must contain [data_batch_1.bin, data_batch_2.bin,"
                + " data_batch_3.bin, data_batch_4.bin, data_batch_5.bin], but had []",
                () -> Cifar10Loader.loadBinaryArchive(archive, true));
        assertEquals(1, Cifar10Loader.loadBinaryArchive(archive, false).size());
    }

    @Test
    void readsImageFoldersAndTheirArchiveWithALimitPerClass() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String cls : List.of("cat", "airplane")) {
            for (int i = 3; i >= 1; i--) {
                byte[] png = png(cls.equals("cat") ? 0x336699 : 0xff0000, i);
                Path f = tmp.resolve("imgs/train/" + cls + "/" + i + ".png");
                Files.createDirectories(f.getParent());
                Files.write(f, png);
                entries.put("./train/" + cls + "/" + i + ".png", png);
            }
        }
        entries.put("./test/cat/9.png", png(0, 9));
        ImageDataset dir = Cifar10Loader.loadJpeg(tmp.resolve("imgs"), "train", 2);
        assertArrayEquals(new int[] {0, 0, 3, 3}, dir.labels(), "airplane first, 2 per class");
        assertEquals(1f, dir.pixel(0, 0), "airplane is red");
        assertEquals(0x33 / 255f, dir.pixel(2, 0), 1e-6);
        assertEquals(0x66 / 255f, dir.pixel(2, 1024), 1e-6);
        assertEquals(0x99 / 255f, dir.pixel(2, 2048), 1e-6);
        assertEquals(1 / 255f, dir.pixel(2, 1), 1e-6, "file 1.png comes first; its marker pixel");
        Path archive = tmp.resolve("imgs.tar.gz");
        TarWriter.write(archive, entries);
        ImageDataset tar = Cifar10Loader.loadJpeg(archive, "train", 2);
        assertArrayEquals(dir.labels(), tar.labels());
        for (int k = 0; k < 3072; k += 97) {
            assertEquals(dir.pixel(3, k), tar.pixel(3, k));
        }
        assertEquals(1, Cifar10Loader.loadJpeg(archive, "test", 0).size());
    }

    @Test
    void unknownClassFolderAndWrongSizeAreNamed() throws IOException {
        Path f = tmp.resolve("i/train/dragon/1.png");
        Files.createDirectories(f.getParent());
        Files.write(f, png(0, 1));
        assertMessage(tmp.resolve("i") + ": class folder must be one of " + Cifar10Loader.CLASSES
                + ", but was 'dragon' (for dragon/1.png)",
                () -> Cifar10Loader.loadJpeg(tmp.resolve("i"), "train", 0));
        Path g = tmp.resolve("j/train/cat/1.png");
        Files.createDirectories(g.getParent());
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(28, 28, BufferedImage.TYPE_INT_RGB), "png", big);
        Files.write(g, big.toByteArray());
        assertMessage(tmp.resolve("j") + ": cat/1.png must be 32x32, but was 28x28",
                () -> Cifar10Loader.loadJpeg(tmp.resolve("j"), "train", 0));
    }

    /** A 32x32 PNG (lossless, so values are exact) of one colour; red of pixel (row 0, column 1) = marker. */
    static byte[] png(int rgb, int marker) throws IOException {
        BufferedImage img = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                img.setRGB(x, y, rgb);
            }
        }
        img.setRGB(1, 0, marker << 16);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
