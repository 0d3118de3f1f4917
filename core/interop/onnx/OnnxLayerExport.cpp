#include "OnnxLayerExport.h"

#include <cmath>

namespace nw {

namespace {

std::vector<std::int64_t> square(int v)
{
    return { v, v };
}

std::vector<std::int64_t> pads(int p)
{
    return { p, p, p, p };
}

std::vector<float> transposed(const Tensor& w)
{
    const int rows = w.dim(0), cols = w.dim(1);
    std::vector<float> t(w.size());
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            t[static_cast<std::size_t>(c) * rows + r] = w[static_cast<std::size_t>(r) * cols + c];
    return t;
}

void dense(const OnnxLayerContext& c)
{
    const Tensor* bias = c.hasParam("bias") ? &c.param("bias") : nullptr;
    writeLinear(c, c.inputs[0], static_cast<int>(c.inputShapes[0].size()), c.param("weight"), bias, c.id, c.id);
}

void conv2d(const OnnxLayerContext& c)
{
    std::vector<std::string> in { c.inputs[0], c.out.floats(c.id + ".weight", c.param("weight")) };
    if (c.hasParam("bias"))
        in.push_back(c.out.floats(c.id + ".bias", c.param("bias")));
    auto& node = c.out.add("Conv", c.id, in, c.id);
    const int k = c.intParam("kernel_size");
    setAttribute(node, "kernel_shape", square(k));
    setAttribute(node, "strides", square(c.intParam("stride")));
    setAttribute(node, "pads", pads(c.intParam("padding")));
}

// Our weight is already ONNX's (and PyTorch's) [inC, outC, k, k].
void convTranspose2d(const OnnxLayerContext& c)
{
    std::vector<std::string> in { c.inputs[0], c.out.floats(c.id + ".weight", c.param("weight")) };
    if (c.hasParam("bias"))
        in.push_back(c.out.floats(c.id + ".bias", c.param("bias")));
    auto& node = c.out.add("ConvTranspose", c.id, in, c.id);
    setAttribute(node, "kernel_shape", square(c.intParam("kernel_size")));
    setAttribute(node, "strides", square(c.intParam("stride")));
    setAttribute(node, "pads", pads(c.intParam("padding")));
    setAttribute(node, "output_padding", square(c.intParam("output_padding")));
}

// Resize with constant scales, written as torch.onnx writes nn.Upsample: nearest
// reads floor(o / scale) ("asymmetric", "floor"); bilinear lines up pixel centres
// (align_corners=False is "half_pixel").
void upsample2d(const OnnxLayerContext& c)
{
    const auto scale = static_cast<float>(c.intParam("scale_factor"));
    const std::string scales = c.out.floats(c.part("scales"), { 4 }, { 1.0f, 1.0f, scale, scale });
    auto& node = c.out.add("Resize", c.id, { c.inputs[0], "", scales }, c.id);
    if (c.stringParam("mode") == QLatin1String("bilinear")) {
        setAttribute(node, "mode", std::string("linear"));
        setAttribute(node, "coordinate_transformation_mode", std::string("half_pixel"));
        return;
    }
    setAttribute(node, "mode", std::string("nearest"));
    setAttribute(node, "coordinate_transformation_mode", std::string("asymmetric"));
    setAttribute(node, "nearest_mode", std::string("floor"));
}

void pool(const OnnxLayerContext& c, const char* op)
{
    auto& node = c.out.add(op, c.id, { c.inputs[0] }, c.id);
    const int k = c.intParam("kernel_size");
    const int stride = c.intParam("stride");
    setAttribute(node, "kernel_shape", square(k));
    setAttribute(node, "strides", square(stride > 0 ? stride : k));
    setAttribute(node, "pads", pads(c.intParam("padding")));
    // Our average divides by the whole window, padding included, as PyTorch's default.
    if (std::string(op) == "AveragePool")
        setAttribute(node, "count_include_pad", std::int64_t(1));
}

void globalAvgPool(const OnnxLayerContext& c)
{
    const std::string pooled = c.out.unique(c.part("pooled"));
    c.out.add("GlobalAveragePool", c.part("GlobalAveragePool"), { c.inputs[0] }, pooled);
    auto& flat = c.out.add("Flatten", c.id, { pooled }, c.id);
    setAttribute(flat, "axis", std::int64_t(1));
}

void flatten(const OnnxLayerContext& c)
{
    auto& node = c.out.add("Flatten", c.id, { c.inputs[0] }, c.id);
    setAttribute(node, "axis", std::int64_t(1));
}

void reshape(const OnnxLayerContext& c)
{
    // The sample shape the compiler inferred (no -1 left), after the batch's -1.
    std::vector<std::int64_t> shape { -1 };
    for (int d : c.outputShape)
        shape.push_back(d);
    c.out.add("Reshape", c.id, { c.inputs[0], c.out.int64s(c.part("shape"), shape) }, c.id);
}

void identity(const OnnxLayerContext& c)
{
    // Dropout does nothing at evaluation time, and an exported model only evaluates.
    c.out.add("Identity", c.id, { c.inputs[0] }, c.id);
}

void batchNorm(const OnnxLayerContext& c)
{
    auto& node = c.out.add("BatchNormalization", c.id,
        { c.inputs[0], c.out.floats(c.id + ".weight", c.param("weight")), c.out.floats(c.id + ".bias", c.param("bias")),
            c.out.floats(c.id + ".running_mean", c.param("running_mean")),
            c.out.floats(c.id + ".running_var", c.param("running_var")) },
        c.id);
    setAttribute(node, "epsilon", c.floatParam("eps"));
}

void layerNorm(const OnnxLayerContext& c)
{
    const std::string gamma = c.out.floats(c.id + ".weight", c.param("weight"));
    const std::string beta = c.out.floats(c.id + ".bias", c.param("bias"));
    const float eps = c.floatParam("eps");
    if (c.opset >= 17) {
        auto& node = c.out.add("LayerNormalization", c.id, { c.inputs[0], gamma, beta }, c.id);
        setAttribute(node, "axis", std::int64_t(-1));
        setAttribute(node, "epsilon", eps);
        return;
    }
    // Before opset 17, the decomposition torch.onnx writes (and the importer reads back).
    const std::string& x = c.inputs[0];
    const std::vector<std::int64_t> lastAxis { -1 };
    const std::string mean = c.out.unique(c.part("mean"));
    setAttribute(c.out.add("ReduceMean", c.part("ReduceMean"), { x }, mean), "axes", lastAxis);
    const std::string centred = c.out.unique(c.part("centred"));
    c.out.add("Sub", c.part("Sub"), { x, mean }, centred);
    const std::string squared = c.out.unique(c.part("squared"));
    c.out.add("Pow", c.part("Pow"), { centred, c.out.scalar(c.part("two"), 2.0f) }, squared);
    const std::string variance = c.out.unique(c.part("variance"));
    setAttribute(c.out.add("ReduceMean", c.part("ReduceMean_1"), { squared }, variance), "axes", lastAxis);
    const std::string shifted = c.out.unique(c.part("variance_eps"));
    c.out.add("Add", c.part("Add"), { variance, c.out.scalar(c.part("eps"), eps) }, shifted);
    const std::string deviation = c.out.unique(c.part("deviation"));
    c.out.add("Sqrt", c.part("Sqrt"), { shifted }, deviation);
    const std::string normalised = c.out.unique(c.part("normalised"));
    c.out.add("Div", c.part("Div"), { centred, deviation }, normalised);
    const std::string scaled = c.out.unique(c.part("scaled"));
    c.out.add("Mul", c.part("Mul"), { normalised, gamma }, scaled);
    c.out.add("Add", c.id, { scaled, beta }, c.id);
}

OnnxLayerWriter unary(const char* op)
{
    return [op](const OnnxLayerContext& c) { c.out.add(op, c.id, { c.inputs[0] }, c.id); };
}

OnnxLayerWriter withAlpha(const char* op)
{
    return [op](const OnnxLayerContext& c) {
        setAttribute(c.out.add(op, c.id, { c.inputs[0] }, c.id), "alpha", c.floatParam("alpha"));
    };
}

void gelu(const OnnxLayerContext& c)
{
    // Gelu is an operator only from opset 20: the exact erf form, as torch.onnx writes it.
    const std::string& x = c.inputs[0];
    const std::string scaled = c.out.unique(c.part("scaled"));
    c.out.add("Div", c.part("Div"), { x, c.out.scalar(c.part("sqrt2"), static_cast<float>(std::sqrt(2.0))) }, scaled);
    const std::string erf = c.out.unique(c.part("erf"));
    c.out.add("Erf", c.part("Erf"), { scaled }, erf);
    const std::string onePlus = c.out.unique(c.part("one_plus_erf"));
    c.out.add("Add", c.part("Add"), { erf, c.out.scalar(c.part("one"), 1.0f) }, onePlus);
    const std::string product = c.out.unique(c.part("x_times"));
    c.out.add("Mul", c.part("Mul"), { x, onePlus }, product);
    c.out.add("Mul", c.id, { product, c.out.scalar(c.part("half"), 0.5f) }, c.id);
}

void silu(const OnnxLayerContext& c)
{
    const std::string gate = c.out.unique(c.part("sigmoid"));
    c.out.add("Sigmoid", c.part("Sigmoid"), { c.inputs[0] }, gate);
    c.out.add("Mul", c.id, { c.inputs[0], gate }, c.id);
}

void softmax(const OnnxLayerContext& c)
{
    writeSoftmax(c.out, c.id, c.inputs[0], c.id);
}

void add(const OnnxLayerContext& c)
{
    // A chain of binary Adds in port order, so the sums round like the engine's.
    std::string sum = c.inputs[0];
    for (std::size_t i = 1; i < c.inputs.size(); ++i) {
        const bool last = i + 1 == c.inputs.size();
        const std::string result = last ? c.id : c.out.unique(c.part("sum" + std::to_string(i)));
        c.out.add("Add", last ? c.id : c.part("Add" + std::to_string(i)), { sum, c.inputs[i] }, result);
        sum = result;
    }
}

void concat(const OnnxLayerContext& c)
{
    const int axis = c.intParam("axis");
    auto& node = c.out.add("Concat", c.id, c.inputs, c.id);
    // Our axes count sample axes; ONNX's count the batch too.
    setAttribute(node, "axis", std::int64_t(axis >= 0 ? axis + 1 : axis));
}

std::map<std::string, OnnxLayerWriter> makeTable()
{
    std::map<std::string, OnnxLayerWriter> t {
        { "Dense", dense },
        { "Conv2D", conv2d },
        { "ConvTranspose2D", convTranspose2d },
        { "Upsample2D", upsample2d },
        { "MaxPool2D", [](const OnnxLayerContext& c) { pool(c, "MaxPool"); } },
        { "AvgPool2D", [](const OnnxLayerContext& c) { pool(c, "AveragePool"); } },
        { "GlobalAvgPool", globalAvgPool },
        { "Flatten", flatten },
        { "Reshape", reshape },
        { "Dropout", identity },
        { "BatchNorm", batchNorm },
        { "LayerNorm", layerNorm },
        { "ReLU", unary("Relu") },
        { "LeakyReLU", withAlpha("LeakyRelu") },
        { "ELU", withAlpha("Elu") },
        { "GELU", gelu },
        { "SiLU", silu },
        { "Sigmoid", unary("Sigmoid") },
        { "Tanh", unary("Tanh") },
        { "Softmax", softmax },
        { "Add", add },
        { "Concat", concat },
    };
    addSequenceLayerWriters(t);
    return t;
}

} // namespace

const Tensor& OnnxLayerContext::param(const std::string& name) const
{
    for (Parameter* p : layer.parameters())
        if (p->name == name)
            return p->value;
    throw OnnxExportError(id + ": the layer has no parameter '" + name + "'");
}

bool OnnxLayerContext::hasParam(const std::string& name) const
{
    for (Parameter* p : layer.parameters())
        if (p->name == name)
            return true;
    return false;
}

const std::map<std::string, OnnxLayerWriter>& onnxLayerWriters()
{
    static const std::map<std::string, OnnxLayerWriter> table = makeTable();
    return table;
}

void writeLinear(const OnnxLayerContext& c, const std::string& x, int sampleRank, const Tensor& weight,
    const Tensor* bias, const std::string& output, const std::string& prefix)
{
    if (sampleRank == 1) {
        // [N, in]: one Gemm, the weight as stored ([out, in], transB), as torch writes nn.Linear.
        std::vector<std::string> in { x, c.out.floats(prefix + ".weight", weight) };
        if (bias)
            in.push_back(c.out.floats(prefix + ".bias", *bias));
        auto& node = c.out.add("Gemm", prefix == c.id ? c.id : prefix, in, output);
        setAttribute(node, "transB", std::int64_t(1));
        return;
    }
    // A sequence [N, T, in]: MatMul by the transposed weight, then Add the bias (torch's pattern).
    const std::string wt = c.out.floats(prefix + ".weight_t", { weight.dim(1), weight.dim(0) }, transposed(weight));
    if (!bias) {
        c.out.add("MatMul", prefix, { x, wt }, output);
        return;
    }
    const std::string product = c.out.unique(prefix + "/matmul");
    c.out.add("MatMul", prefix + "/MatMul", { x, wt }, product);
    c.out.add("Add", prefix, { product, c.out.floats(prefix + ".bias", *bias) }, output);
}

void writeSoftmax(OnnxGraphWriter& out, const std::string& name, const std::string& x, const std::string& output)
{
    setAttribute(out.add("Softmax", name, { x }, output), "axis", std::int64_t(-1));
}

} // namespace nw
