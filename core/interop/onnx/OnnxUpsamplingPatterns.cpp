// The importer's decoder operators: ConvTranspose -> ConvTranspose2D and Resize
// (constant whole-number scales, as torch.onnx writes nn.Upsample) -> Upsample2D.
// Settings our layers do not have are refused by name, never approximated.
#include "OnnxPatternSupport.h"

namespace nw::onnximport {

namespace {

// A square setting given per axis: both values equal, or `fallback` when absent.
int squareAttribute(const Node& n, const char* name, std::int64_t fallback, std::size_t count = 2)
{
    const std::vector<std::int64_t> v = intsAttribute(n, name);
    if (v.empty())
        return static_cast<int>(fallback);
    if (v.size() != count || std::any_of(v.begin(), v.end(), [&](std::int64_t x) { return x != v[0]; }))
        refuse(n, std::string(name) + " must be the same on every side");
    return wholeInt(n, static_cast<double>(v[0]), name);
}

} // namespace

std::optional<PatternMatch> convTranspose(const OnnxImportGraph& g, int i)
{
    const Node& n = g.node(i);
    const OnnxConstant* w = n.input_size() >= 2 ? g.constant(n.input(1)) : nullptr;
    if (!w || w->dims.size() != 4 || w->dims[2] != w->dims[3])
        refuse(n, "only 2-D transposed convolutions with a constant square weight are supported");
    if (intAttribute(n, "group", 1) != 1)
        refuse(n, "grouped transposed convolutions are not supported");
    if (squareAttribute(n, "dilations", 1) != 1)
        refuse(n, "dilation is not supported");
    if (!intsAttribute(n, "output_shape").empty())
        refuse(n, "output_shape is not supported; give pads and output_padding");
    if (const std::string autoPad = stringAttribute(n, "auto_pad", "NOTSET"); autoPad != "NOTSET")
        refuse(n, "auto_pad " + autoPad + " is not supported; pads must be explicit");
    const int kernel = static_cast<int>(w->dims[2]);
    if (squareAttribute(n, "kernel_shape", kernel) != kernel)
        refuse(n, "kernel_shape disagrees with the weight");
    const int stride = squareAttribute(n, "strides", 1);
    const int padding = squareAttribute(n, "pads", 0, 4);
    const int outputPadding = squareAttribute(n, "output_padding", 0);
    const OnnxConstant* b = n.input_size() >= 3 && !n.input(2).empty() ? g.constant(n.input(2)) : nullptr;
    if (b && b->values.size() != static_cast<std::size_t>(w->dims[1]))
        refuse(n, "the bias must have one value per output channel");
    ImportedLayer l = layer(n, "ConvTranspose2D", { n.input(0) }, n.output(0),
        { { QStringLiteral("filters"), static_cast<int>(w->dims[1]) }, { QStringLiteral("kernel_size"), kernel },
            { QStringLiteral("stride"), stride }, { QStringLiteral("padding"), padding },
            { QStringLiteral("output_padding"), outputPadding }, { QStringLiteral("bias"), b != nullptr } });
    l.weights["weight"] = tensorOf(*w);
    if (b)
        l.weights["bias"] = tensorOf(*b);
    return single(i, std::move(l));
}

std::optional<PatternMatch> resize(const OnnxImportGraph& g, int i)
{
    const Node& n = g.node(i);
    const OnnxConstant* scales = n.input_size() >= 3 && !n.input(2).empty() ? g.constant(n.input(2)) : nullptr;
    if (!scales || scales->values.empty())
        refuse(n, "only constant scales are supported (not sizes)");
    const std::vector<double>& s = scales->values;
    if (s.size() != 4 || s[0] != 1 || s[1] != 1 || s[2] != s[3])
        refuse(n, "only the same scale for height and width of an NCHW image is supported");
    const int factor = wholeInt(n, s[2], "the scale");
    const std::string mode = stringAttribute(n, "mode", "nearest");
    const std::string transform = stringAttribute(n, "coordinate_transformation_mode", "half_pixel");
    QString ourMode;
    if (mode == "nearest") {
        if (transform != "asymmetric" || stringAttribute(n, "nearest_mode", "round_prefer_floor") != "floor")
            refuse(n, "nearest resizing is supported as torch writes it (asymmetric, floor)");
        ourMode = QStringLiteral("nearest");
    } else if (mode == "linear") {
        if (transform != "half_pixel" && transform != "pytorch_half_pixel")
            refuse(n, "linear resizing is supported with half_pixel coordinates (align_corners=False) only");
        ourMode = QStringLiteral("bilinear");
    } else {
        refuse(n, "mode " + mode + " is not supported (nearest or linear)");
    }
    return single(i,
        layer(n, "Upsample2D", { n.input(0) }, n.output(0),
            { { QStringLiteral("scale_factor"), factor }, { QStringLiteral("mode"), ourMode } }));
}

} // namespace nw::onnximport
