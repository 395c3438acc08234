extension ImageResampler {
    /// PIL's `Image.resize(size, NEAREST, box)`: output pixel (x, y) takes the input pixel under
    /// its centre, `floor(box origin + (x + 0.5) * box width / output width)`, rows alike. The
    /// box is the input region (left, top, width, height) that is resized; the whole image by
    /// default.
    public static func nearest(_ image: Image, width outW: Int, height outH: Int,
                               box: (left: Int, top: Int, width: Int, height: Int)? = nil) -> Image {
        let box = box ?? (0, 0, image.width, image.height)
        if outW == image.width && outH == image.height && box == (0, 0, image.width, image.height) { return image }
        let xScale = Double(box.width) / Double(outW), yScale = Double(box.height) / Double(outH)
        let columns = (0..<outW).map { min(image.width - 1, box.left + Int((Double($0) + 0.5) * xScale)) }
        let c = image.channels
        var out = [UInt8](repeating: 0, count: outW * outH * c)
        for y in 0..<outH {
            let row = min(image.height - 1, box.top + Int((Double(y) + 0.5) * yScale))
            for (x, column) in columns.enumerated() {
                let src = (row * image.width + column) * c, dst = (y * outW + x) * c
                for k in 0..<c { out[dst + k] = image.pixels[src + k] }
            }
        }
        return Image(width: outW, height: outH, channels: c, pixels: out)
    }
}
