#include "OnnxImportPatterns.h"

#include "OnnxPatternSupport.h"
#include "OnnxShapePlumbing.h"

#include <cmath>
#include <functional>

namespace nw {

namespace {

using namespace onnximport;

std::optional<PatternMatch> gemm(const OnnxImportGraph& g, int i)
{
    const Node& n = g.node(i);
    const OnnxConstant* w = n.input_size() >= 2 ? g.constant(n.input(1)) : nullptr;
    if (!w || w->dims.size() != 2 || g.isConstant(n.input(0)))
        refuse(n, "only x times a constant weight matrix is supported");
    if (intAttribute(n, "transA", 0) != 0 || !near(floatAttribute(n, "alpha", 1), 1)
        || !near(floatAttribute(n, "beta", 1), 1))
        refuse(n, "transA, alpha and beta must keep their defaults");
    ImportedLayer l = layer(n, "Dense", { n.input(0) }, n.output(0));
    l.weights["weight"] = intAttribute(n, "transB", 0) ? tensorOf(*w) : transposed2d(*w);
    const int units = l.weights["weight"].dim(0);
    const OnnxConstant* b = n.input_size() >= 3 && !n.input(2).empty() ? g.constant(n.input(2)) : nullptr;
    if (b && b->values.size() != static_cast<std::size_t>(units))
        refuse(n, "the bias must have one value per output");
    l.params = { { QStringLiteral("units"), units }, { QStringLiteral("bias"), b != nullptr } };
    if (b)
        l.weights["bias"] = Tensor({ units }, b->floats());
    return single(i, std::move(l));
}

std::optional<PatternMatch> matmul(const OnnxImportGraph& g, int i)
{
    const Node& n = g.node(i);
    const OnnxConstant* w = g.constant(n.input(1));
    if (!w || w->dims.size() != 2 || g.isConstant(n.input(0)))
        return std::nullopt; // a MatMul of two variables is attention's, matched from elsewhere or refused
    ImportedLayer l = layer(n, "Dense", { n.input(0) }, n.output(0));
    l.weights["weight"] = transposed2d(*w);
    const int units = static_cast<int>(w->dims[1]);
    PatternMatch m { .nodes = { i } };
    const OnnxConstant* b = nullptr;
    if (const int add = next(g, i, "Add"); add >= 0 && !variableOperand(g, g.node(add), &b).empty() && b
        && b->values.size() == static_cast<std::size_t>(units)) {
        l.weights["bias"] = Tensor({ units }, b->floats());
        l.output = g.node(add).output(0);
        l.name = g.node(add).name().empty() ? l.name : g.node(add).name();
        m.nodes.push_back(add);
    }
    l.params = { { QStringLiteral("units"), units }, { QStringLiteral("bias"), l.weights.count("bias") > 0 } };
    m.layers.push_back(std::move(l));
    return m;
}

// kernel, stride and padding of a square 2-D window with symmetric padding.
void window(const Node& n, int* kernel, int* stride, int* padding, std::int64_t kernelFromWeight = 0)
{
    std::vector<std::int64_t> k = intsAttribute(n, "kernel_shape");
    if (k.empty() && kernelFromWeight)
        k = { kernelFromWeight, kernelFromWeight };
    std::vector<std::int64_t> s = intsAttribute(n, "strides");
    std::vector<std::int64_t> p = intsAttribute(n, "pads");
    const std::vector<std::int64_t> d = intsAttribute(n, "dilations");
    if (k.size() != 2 || k[0] != k[1])
        refuse(n, "only square 2-D windows are supported");
    if (s.empty())
        s = { 1, 1 };
    if (p.empty())
        p = { 0, 0, 0, 0 };
    if (s.size() != 2 || s[0] != s[1])
        refuse(n, "the stride must be the same along both axes");
    if (p.size() != 4 || p[0] != p[1] || p[0] != p[2] || p[0] != p[3])
        refuse(n, "only the same padding on all four sides is supported");
    for (std::int64_t v : d)
        if (v != 1)
            refuse(n, "dilation is not supported");
    const std::string autoPad = stringAttribute(n, "auto_pad", "NOTSET");
    if (autoPad != "NOTSET")
        refuse(n, "auto_pad " + autoPad + " is not supported; pads must be explicit");
    if (intAttribute(n, "ceil_mode", 0) != 0)
        refuse(n, "ceil_mode is not supported");
    *kernel = static_cast<int>(k[0]);
    *stride = static_cast<int>(s[0]);
    *padding = static_cast<int>(p[0]);
}

std::optional<PatternMatch> conv(const OnnxImportGraph& g, int i)
{
    const Node& n = g.node(i);
    const OnnxConstant* w = n.input_size() >= 2 ? g.constant(n.input(1)) : nullptr;
    if (!w || w->dims.size() != 4)
        refuse(n, "only 2-D convolutions with a constant weight are supported");
    if (intAttribute(n, "group", 1) != 1)
        refuse(n, "grouped convolutions are not supported");
    int k = 0, s = 0, p = 0;
    window(n, &k, &s, &p, w->dims[2]);
    const OnnxConstant* b = n.input_size() >= 3 && !n.input(2).empty() ? g.constant(n.input(2)) : nullptr;
    ImportedLayer l = layer(n, "Conv2D", { n.input(0) }, n.output(0),
        { { QStringLiteral("filters"), static_cast<int>(w->dims[0]) }, { QStringLiteral("kernel_size"), k },
            { QStringLiteral("stride"), s }, { QStringLiteral("padding"), p },
            { QStringLiteral("bias"), b != nullptr } });
    l.weights["weight"] = tensorOf(*w);
    if (b)
        l.weights["bias"] = tensorOf(*b);
    return single(i, std::move(l));
}

std::optional<PatternMatch> pool(const OnnxImportGraph& g, int i, const char* type)
{
    const Node& n = g.node(i);
    if (n.output_size() > 1 && !n.output(1).empty())
        refuse(n, "the indices output is not supported");
    int k = 0, s = 0, p = 0;
    window(n, &k, &s, &p);
    if (std::string(type) == "AvgPool2D" && p > 0 && intAttribute(n, "count_include_pad", 0) == 0)
        refuse(n, "padding left out of the average (count_include_pad=0) is not supported");
    return single(i,
        layer(n, type, { n.input(0) }, n.output(0),
            { { QStringLiteral("kernel_size"), k }, { QStringLiteral("stride"), s },
                { QStringLiteral("padding"), p } }));
}

// torch writes an average pool with padding as Pad(zeros) -> AveragePool: the zeros
// count in the average, as in ours.
std::optional<PatternMatch> paddedAveragePool(const OnnxImportGraph& g, int i)
{
    const Node& pad = g.node(i);
    const int poolNode = next(g, i, "AveragePool");
    const OnnxConstant* pads = pad.input_size() >= 2 ? g.constant(pad.input(1)) : nullptr;
    if (poolNode < 0 || !pads || pads->values.size() != 8 || stringAttribute(pad, "mode", "constant") != "constant")
        return std::nullopt;
    if (pad.input_size() >= 3 && !pad.input(2).empty() && !isScalar(g, pad.input(2), 0.0))
        return std::nullopt;
    const std::vector<double>& v = pads->values;
    if (v[0] != 0 || v[1] != 0 || v[4] != 0 || v[5] != 0 || v[2] != v[3] || v[2] != v[6] || v[2] != v[7])
        return std::nullopt;
    auto pooled = pool(g, poolNode, "AvgPool2D");
    ImportedLayer& l = pooled->layers.front();
    if (l.params.value(QStringLiteral("padding")).toInt() != 0)
        return std::nullopt;
    l.params[QStringLiteral("padding")] = static_cast<int>(v[2]);
    l.inputs = { pad.input(0) };
    pooled->nodes.insert(pooled->nodes.begin(), i);
    return pooled;
}

std::optional<PatternMatch> batchNorm(const OnnxImportGraph& g, int i)
{
    const Node& n = g.node(i);
    static const char* const names[] = { "weight", "bias", "running_mean", "running_var" };
    ImportedLayer l = layer(n, "BatchNorm", { n.input(0) }, n.output(0),
        { { QStringLiteral("eps"), static_cast<double>(floatAttribute(n, "epsilon", 1e-5f)) },
            { QStringLiteral("momentum"), 1.0 - static_cast<double>(floatAttribute(n, "momentum", 0.9f)) } });
    for (int k = 0; k < 4; ++k) {
        const OnnxConstant* c = n.input_size() > k + 1 ? g.constant(n.input(k + 1)) : nullptr;
        if (!c)
            refuse(n, "scale, bias, mean and variance must be constants");
        l.weights[names[k]] = Tensor({ static_cast<int>(c->values.size()) }, c->floats());
    }
    return single(i, std::move(l));
}

ImportedLayer layerNormLayer(const Node& n, const std::string& x, const std::string& out, float eps,
    const OnnxConstant& gamma, const OnnxConstant* beta)
{
    ImportedLayer l = layer(n, "LayerNorm", { x }, out, { { QStringLiteral("eps"), static_cast<double>(eps) } });
    const int width = static_cast<int>(gamma.values.size());
    l.weights["weight"] = Tensor({ width }, gamma.floats());
    l.weights["bias"] = beta ? Tensor({ width }, beta->floats()) : Tensor({ width }, 0.0f);
    return l;
}

std::optional<PatternMatch> layerNormOp(const OnnxImportGraph& g, int i)
{
    const Node& n = g.node(i);
    const OnnxConstant* gamma = n.input_size() >= 2 ? g.constant(n.input(1)) : nullptr;
    const OnnxConstant* beta = n.input_size() >= 3 ? g.constant(n.input(2)) : nullptr;
    if (intAttribute(n, "axis", -1) != -1 || !gamma)
        refuse(n, "only normalisation over the last axis with a constant scale is supported");
    return single(i, layerNormLayer(n, n.input(0), n.output(0), floatAttribute(n, "epsilon", 1e-5f), *gamma, beta));
}

bool lastAxisMean(const OnnxImportGraph& g, const Node& n)
{
    std::vector<std::int64_t> axes = intsAttribute(n, "axes");
    if (axes.empty() && n.input_size() >= 2)
        if (const OnnxConstant* c = g.constant(n.input(1)))
            axes.assign(c->values.begin(), c->values.end());
    return axes == std::vector<std::int64_t> { -1 } && intAttribute(n, "keepdims", 1) == 1;
}

// ReduceMean -> Sub -> Pow(2) -> ReduceMean -> Add(eps) -> Sqrt -> Div -> Mul(gamma) -> Add(beta).
std::optional<PatternMatch> layerNormDecomposition(const OnnxImportGraph& g, int i)
{
    const Node& mean = g.node(i);
    if (!lastAxisMean(g, mean))
        return std::nullopt;
    const std::string& x = mean.input(0);
    const int sub = next(g, i, "Sub");
    if (sub < 0 || g.node(sub).input(0) != x)
        return std::nullopt;
    int pow = -1, div = -1;
    for (int c : g.consumers(g.node(sub).output(0))) {
        const std::string& op = g.node(c).op_type();
        if (op == "Pow" && isScalar(g, g.node(c).input(1), 2.0))
            pow = c;
        else if (op == "Mul" && g.node(c).input(0) == g.node(c).input(1))
            pow = c;
        else if (op == "Div" && g.node(c).input(0) == g.node(sub).output(0))
            div = c;
    }
    if (pow < 0 || div < 0 || g.consumers(g.node(sub).output(0)).size() != 2)
        return std::nullopt;
    const int variance = next(g, pow, "ReduceMean");
    const int addEps = variance >= 0 && lastAxisMean(g, g.node(variance)) ? next(g, variance, "Add") : -1;
    const OnnxConstant* eps = nullptr;
    if (addEps < 0 || variableOperand(g, g.node(addEps), &eps).empty() || !eps->isScalarLike())
        return std::nullopt;
    const int sqrt = next(g, addEps, "Sqrt");
    if (sqrt < 0 || next(g, sqrt, "Div") != div)
        return std::nullopt;
    const OnnxConstant* gamma = nullptr;
    const int mul = next(g, div, "Mul");
    if (mul < 0 || variableOperand(g, g.node(mul), &gamma).empty())
        return std::nullopt;
    const OnnxConstant* beta = nullptr;
    const int add = next(g, mul, "Add");
    PatternMatch m { .nodes = { i, sub, pow, variance, addEps, sqrt, div, mul } };
    std::string out = g.node(mul).output(0);
    if (add >= 0 && !variableOperand(g, g.node(add), &beta).empty()) {
        m.nodes.push_back(add);
        out = g.node(add).output(0);
    } else {
        beta = nullptr;
    }
    const Node& named = g.node(m.nodes.back());
    m.layers.push_back(layerNormLayer(named, x, out, static_cast<float>(eps->values[0]), *gamma, beta));
    return m;
}

// Div(x, sqrt 2) -> Erf -> Add(1) -> Mul(x, .) -> Mul(0.5), in either operand order.
std::optional<PatternMatch> geluDecomposition(const OnnxImportGraph& g, int i)
{
    const Node& div = g.node(i);
    if (div.input_size() != 2 || !isScalar(g, div.input(1), std::sqrt(2.0), 1e-4))
        return std::nullopt;
    const std::string& x = div.input(0);
    const int erf = next(g, i, "Erf");
    const int add = erf >= 0 ? next(g, erf, "Add") : -1;
    if (add < 0
        || !isScalar(
            g, g.node(add).input(0) == g.node(erf).output(0) ? g.node(add).input(1) : g.node(add).input(0), 1.0))
        return std::nullopt;
    const int mulX = next(g, add, "Mul");
    if (mulX < 0)
        return std::nullopt;
    const Node& mx = g.node(mulX);
    if (mx.input(0) != x && mx.input(1) != x)
        return std::nullopt;
    const int half = next(g, mulX, "Mul");
    if (half < 0)
        return std::nullopt;
    const Node& h = g.node(half);
    if (!isScalar(g, h.input(0) == mx.output(0) ? h.input(1) : h.input(0), 0.5))
        return std::nullopt;
    return PatternMatch { .nodes = { i, erf, add, mulX, half }, .layers = { layer(h, "GELU", { x }, h.output(0)) } };
}

std::optional<PatternMatch> sigmoid(const OnnxImportGraph& g, int i)
{
    const Node& n = g.node(i);
    // x * sigmoid(x) is SiLU.
    if (const int mul = next(g, i, "Mul"); mul >= 0) {
        const Node& m = g.node(mul);
        const std::string other = m.input(0) == n.output(0) ? m.input(1) : m.input(0);
        if (other == n.input(0))
            return PatternMatch { .nodes = { i, mul }, .layers = { layer(m, "SiLU", { n.input(0) }, m.output(0)) } };
    }
    return single(i, layer(n, "Sigmoid", { n.input(0) }, n.output(0)));
}

std::optional<PatternMatch> globalAveragePool(const OnnxImportGraph& g, int i)
{
    const Node& n = g.node(i);
    if (const int flat = next(g, i, "Flatten"); flat >= 0 && intAttribute(g.node(flat), "axis", 1) == 1)
        return PatternMatch { .nodes = { i, flat },
            .layers = { layer(n, "GlobalAvgPool", { n.input(0) }, g.node(flat).output(0)) } };
    // Alone it keeps 1x1 maps: our pooling, then a Reshape back to C x 1 x 1 (C known once compiled).
    ImportedLayer pooled = layer(n, "GlobalAvgPool", { n.input(0) }, n.output(0) + "#pooled");
    ImportedLayer maps = layer(
        n, "Reshape", { pooled.output }, n.output(0), { { QStringLiteral("shape"), QVariantList { -1, 1, 1 } } });
    maps.name += "_maps";
    return PatternMatch { .nodes = { i }, .layers = { pooled, maps } };
}

std::optional<PatternMatch> reshape(const OnnxImportGraph& g, int i)
{
    const Node& n = g.node(i);
    // A constant shape, or torch's [x.size(0), ...] folded (OnnxShapePlumbing.h).
    const std::optional<std::vector<std::int64_t>> shape
        = n.input_size() >= 2 ? foldedShape(g, n.input(1)) : std::nullopt;
    if (!shape)
        refuse(n, "only target shapes made of constants and the batch size are supported");
    const std::vector<std::int64_t>& v = *shape;
    if (v.empty() || (v[0] != 0 && v[0] != -1 && v[0] != kBatchDim))
        refuse(n, "the first axis of the target shape must be the batch");
    QVariantList sample;
    for (std::size_t k = 1; k < v.size(); ++k) {
        if (v[k] == 0 || v[k] == kBatchDim)
            refuse(n, "copying an axis (0 in the target shape) is supported only for the batch");
        sample << static_cast<int>(v[k]);
    }
    return single(i, layer(n, "Reshape", { n.input(0) }, n.output(0), { { QStringLiteral("shape"), sample } }));
}

std::optional<PatternMatch> softmax(const OnnxImportGraph& g, int i)
{
    const Node& n = g.node(i);
    ImportedLayer l = layer(n, "Softmax", { n.input(0) }, n.output(0));
    if (g.opset() < 13) {
        const std::int64_t axis = intAttribute(n, "axis", 1);
        if (axis != 1 && axis != -1)
            refuse(n, "only axis 1 or -1 is supported");
        l.needsFlatInput = true;
    } else if (intAttribute(n, "axis", -1) != -1) {
        refuse(n, "only the last axis is supported (axis=-1)");
    }
    return single(i, std::move(l));
}
std::optional<PatternMatch> add(const OnnxImportGraph& g, int i)
{
    const Node& n = g.node(i);
    if (n.input_size() != 2)
        return std::nullopt;
    if (!g.isConstant(n.input(0)) && !g.isConstant(n.input(1)))
        return single(i, layer(n, "Add", { n.input(0), n.input(1) }, n.output(0)));
    return positions(g, i);
}

OnnxImportError unsupportedSetting(const Node& n, const std::string& what)
{
    return OnnxImportError(n.op_type() + " node '" + n.name() + "': " + what);
}

} // namespace

using namespace onnximport;

std::optional<PatternMatch> matchPattern(const OnnxImportGraph& g, int i)
{
    const Node& n = g.node(i);
    const std::string& op = n.op_type();
    if (!n.domain().empty() && n.domain() != "ai.onnx")
        return std::nullopt;
    const auto unary = [&](const char* type, QVariantMap params = {}) {
        return single(i, layer(n, type, { n.input(0) }, n.output(0), std::move(params)));
    };
    if (op == "Identity" || op == "Dropout") {
        if (n.output_size() > 1 && !n.output(1).empty() && !g.consumers(n.output(1)).empty())
            throw unsupportedSetting(n, "the dropout mask output is not supported");
        return PatternMatch { .nodes = { i }, .passThrough = true, .input = n.input(0), .output = n.output(0) };
    }
    if (op == "Gemm")
        return gemm(g, i);
    if (op == "MatMul") {
        if (auto m = attention(g, i))
            return m;
        return matmul(g, i);
    }
    if (op == "Conv")
        return conv(g, i);
    if (op == "ConvTranspose")
        return convTranspose(g, i);
    if (op == "Resize")
        return resize(g, i);
    if (op == "MaxPool")
        return pool(g, i, "MaxPool2D");
    if (op == "AveragePool")
        return pool(g, i, "AvgPool2D");
    if (op == "GlobalAveragePool")
        return globalAveragePool(g, i);
    if (op == "BatchNormalization")
        return batchNorm(g, i);
    if (op == "LayerNormalization")
        return layerNormOp(g, i);
    if (op == "ReduceMean")
        if (auto m = layerNormDecomposition(g, i))
            return m;
    if (op == "ReduceMean")
        return reduceOverSteps(g, i, "mean");
    if (op == "ReduceMax")
        return reduceOverSteps(g, i, "max");
    if (op == "Div")
        return geluDecomposition(g, i);
    if (op == "Relu")
        return unary("ReLU");
    if (op == "LeakyRelu")
        return unary(
            "LeakyReLU", { { QStringLiteral("alpha"), static_cast<double>(floatAttribute(n, "alpha", 0.01f)) } });
    if (op == "Elu")
        return unary("ELU", { { QStringLiteral("alpha"), static_cast<double>(floatAttribute(n, "alpha", 1.0f)) } });
    if (op == "Gelu") {
        if (stringAttribute(n, "approximate", "none") != "none")
            throw unsupportedSetting(n, "only the exact (erf) GELU is supported");
        return unary("GELU");
    }
    if (op == "Sigmoid")
        return sigmoid(g, i);
    if (op == "Tanh")
        return unary("Tanh");
    if (op == "Softmax")
        return softmax(g, i);
    if (op == "Flatten") {
        if (intAttribute(n, "axis", 1) != 1)
            throw unsupportedSetting(n, "only axis=1 (keep the batch) is supported");
        return unary("Flatten");
    }
    if (op == "Reshape")
        return reshape(g, i);
    if (op == "Add")
        return add(g, i);
    if (op == "Concat") {
        const std::int64_t axis = intAttribute(n, "axis", 0);
        if (axis == 0)
            throw unsupportedSetting(n, "joining along the batch axis is not supported");
        return single(i,
            layer(n, "Concat", { n.input().begin(), n.input().end() }, n.output(0),
                { { QStringLiteral("axis"), static_cast<int>(axis > 0 ? axis - 1 : axis) } }));
    }
    if (op == "Cast")
        return castGather(g, i);
    if (op == "Pad")
        return paddedAveragePool(g, i);
    if (op == "Gather")
        return gatherStep(g, i);
    if (op == "Slice")
        return slicedPositions(g, i);
    if (op == "Transpose") {
        if (auto m = recurrent(g, i))
            return m;
        return torchAttention(g, i);
    }
    return std::nullopt;
}

} // namespace nw
