#include "PyTorchLayerCode.h"

#include "PythonText.h"

#include <functional>
#include <map>

namespace nw::pytorch {

namespace {

int intParam(const LayerContext& c, const char* name)
{
    return c.node.params.value(QLatin1String(name)).toInt();
}

double doubleParam(const LayerContext& c, const char* name)
{
    return c.node.params.value(QLatin1String(name)).toDouble();
}

bool boolParam(const LayerContext& c, const char* name)
{
    return c.node.params.value(QLatin1String(name)).toBool();
}

QString stringParam(const LayerContext& c, const char* name)
{
    return c.node.params.value(QLatin1String(name)).toString();
}

int lastAxis(const LayerContext& c)
{
    return c.inputShapes.at(0).back();
}

LayerCode module(QString expression, QString helper = {})
{
    return { .module = std::move(expression), .inlineExpression = {}, .helper = std::move(helper) };
}

// ", bias=False" only when the bias is off: PyTorch's default is on.
QString biasArgument(const LayerContext& c)
{
    return boolParam(c, "bias") ? QString() : QStringLiteral(", bias=False");
}

LayerCode dense(const LayerContext& c)
{
    return module(
        QStringLiteral("nn.Linear(%1, %2%3)").arg(lastAxis(c)).arg(intParam(c, "units")).arg(biasArgument(c)));
}

LayerCode conv2d(const LayerContext& c)
{
    QString args = QStringLiteral("%1, %2, %3")
                       .arg(c.inputShapes.at(0).at(0))
                       .arg(intParam(c, "filters"))
                       .arg(intParam(c, "kernel_size"));
    if (intParam(c, "stride") != 1)
        args += QStringLiteral(", stride=%1").arg(intParam(c, "stride"));
    if (intParam(c, "padding") != 0)
        args += QStringLiteral(", padding=%1").arg(intParam(c, "padding"));
    return module(QStringLiteral("nn.Conv2d(%1%2)").arg(args, biasArgument(c)));
}

LayerCode convTranspose2d(const LayerContext& c)
{
    QString args = QStringLiteral("%1, %2, %3")
                       .arg(c.inputShapes.at(0).at(0))
                       .arg(intParam(c, "filters"))
                       .arg(intParam(c, "kernel_size"));
    if (intParam(c, "stride") != 1)
        args += QStringLiteral(", stride=%1").arg(intParam(c, "stride"));
    if (intParam(c, "padding") != 0)
        args += QStringLiteral(", padding=%1").arg(intParam(c, "padding"));
    if (intParam(c, "output_padding") != 0)
        args += QStringLiteral(", output_padding=%1").arg(intParam(c, "output_padding"));
    return module(QStringLiteral("nn.ConvTranspose2d(%1%2)").arg(args, biasArgument(c)));
}

LayerCode upsample2d(const LayerContext& c)
{
    const int scale = intParam(c, "scale_factor");
    if (stringParam(c, "mode") == QLatin1String("bilinear"))
        return module(
            QStringLiteral("nn.Upsample(scale_factor=%1, mode='bilinear', align_corners=False)").arg(scale));
    return module(QStringLiteral("nn.Upsample(scale_factor=%1, mode='nearest')").arg(scale));
}

// Netwright's stride 0 means "the kernel size", which is also PyTorch's default.
QString poolArguments(const LayerContext& c)
{
    const int kernel = intParam(c, "kernel_size");
    const int stride = intParam(c, "stride");
    QString args = QString::number(kernel);
    if (stride != 0 && stride != kernel)
        args += QStringLiteral(", stride=%1").arg(stride);
    if (intParam(c, "padding") != 0)
        args += QStringLiteral(", padding=%1").arg(intParam(c, "padding"));
    return args;
}

LayerCode batchNorm(const LayerContext& c)
{
    // Statistics per entry of the sample's first axis, as BatchNorm1d/2d/3d keep them.
    const Shape& in = c.inputShapes.at(0);
    const int dims = in.size() <= 2 ? 1 : static_cast<int>(in.size()) - 1;
    return module(QStringLiteral("nn.BatchNorm%1d(%2, eps=%3, momentum=%4)")
                      .arg(dims)
                      .arg(in.at(0))
                      .arg(pythonNumber(doubleParam(c, "eps")), pythonNumber(doubleParam(c, "momentum"))));
}

LayerCode recurrent(const LayerContext& c, const QString& type)
{
    QString args = QStringLiteral("%1, %2").arg(lastAxis(c)).arg(intParam(c, "units"));
    if (boolParam(c, "return_sequences"))
        args += QStringLiteral(", return_sequences=True");
    if (boolParam(c, "bidirectional"))
        args += QStringLiteral(", bidirectional=True");
    return module(QStringLiteral("%1(%2)").arg(type, args), type);
}

LayerCode attention(const LayerContext& c)
{
    QString args = QStringLiteral("%1, %2").arg(lastAxis(c)).arg(intParam(c, "heads"));
    if (boolParam(c, "causal"))
        args += QStringLiteral(", causal=True");
    if (doubleParam(c, "dropout") > 0.0)
        args += QStringLiteral(", dropout=%1").arg(pythonNumber(doubleParam(c, "dropout")));
    return module(QStringLiteral("SelfAttention(%1)").arg(args), QStringLiteral("SelfAttention"));
}

LayerCode positions(const LayerContext& c)
{
    const QString helper = stringParam(c, "kind") == QLatin1String("learned") ? QStringLiteral("LearnedPositions")
                                                                              : QStringLiteral("SinusoidalPositions");
    return module(QStringLiteral("%1(%2, %3)").arg(helper).arg(intParam(c, "max_len")).arg(lastAxis(c)), helper);
}

LayerCode concat(const LayerContext& c)
{
    // The sample's axis k is the tensor's axis k + 1 (after the batch); negative axes count from the end in both.
    const int axis = intParam(c, "axis");
    const int dim = axis >= 0 ? axis + 1 : axis;
    return { .module = {},
        .inlineExpression
        = QStringLiteral("torch.cat([%1], dim=%2)").arg(c.inputVariables.join(QStringLiteral(", "))).arg(dim),
        .helper = {} };
}

using Writer = std::function<LayerCode(const LayerContext&)>;

const std::map<QString, Writer>& table()
{
    static const std::map<QString, Writer> writers = [] {
        std::map<QString, Writer> t;
        const auto simple = [&t](const char* type, const char* expression, const char* helper = "") {
            t[QString::fromLatin1(type)] = [e = QString::fromLatin1(expression), h = QString::fromLatin1(helper)](
                                               const LayerContext&) { return module(e, h); };
        };
        t[QStringLiteral("Dense")] = dense;
        t[QStringLiteral("Conv2D")] = conv2d;
        t[QStringLiteral("ConvTranspose2D")] = convTranspose2d;
        t[QStringLiteral("Upsample2D")] = upsample2d;
        t[QStringLiteral("MaxPool2D")]
            = [](const LayerContext& c) { return module(QStringLiteral("nn.MaxPool2d(%1)").arg(poolArguments(c))); };
        t[QStringLiteral("AvgPool2D")] = [](const LayerContext& c) {
            // Padding counts in the average (count_include_pad=True), PyTorch's default and the engine's.
            return module(QStringLiteral("nn.AvgPool2d(%1)").arg(poolArguments(c)));
        };
        simple("GlobalAvgPool", "GlobalAvgPool()", "GlobalAvgPool");
        simple("Flatten", "nn.Flatten()");
        t[QStringLiteral("Reshape")] = [](const LayerContext& c) {
            // The compiler's shape, so a -1 in the parameters is already resolved.
            return module(
                QStringLiteral("Reshape(%1)")
                    .arg(pythonIntList(QList<int>(c.outputShape.begin(), c.outputShape.end())).mid(1).chopped(1)),
                QStringLiteral("Reshape"));
        };
        t[QStringLiteral("Dropout")] = [](const LayerContext& c) {
            return module(QStringLiteral("nn.Dropout(%1)").arg(pythonNumber(doubleParam(c, "rate"))));
        };
        t[QStringLiteral("BatchNorm")] = batchNorm;
        t[QStringLiteral("LayerNorm")] = [](const LayerContext& c) {
            return module(
                QStringLiteral("nn.LayerNorm(%1, eps=%2)").arg(lastAxis(c)).arg(pythonNumber(doubleParam(c, "eps"))));
        };
        simple("ReLU", "nn.ReLU()");
        t[QStringLiteral("LeakyReLU")] = [](const LayerContext& c) {
            return module(QStringLiteral("nn.LeakyReLU(%1)").arg(pythonNumber(doubleParam(c, "alpha"))));
        };
        t[QStringLiteral("ELU")] = [](const LayerContext& c) {
            return module(QStringLiteral("nn.ELU(%1)").arg(pythonNumber(doubleParam(c, "alpha"))));
        };
        simple("GELU", "nn.GELU()"); // the exact erf form, as the engine computes it
        simple("SiLU", "nn.SiLU()");
        simple("Sigmoid", "nn.Sigmoid()");
        simple("Tanh", "nn.Tanh()");
        simple("Softmax", "nn.Softmax(dim=-1)");
        t[QStringLiteral("Embedding")] = [](const LayerContext& c) {
            return module(
                QStringLiteral("TokenEmbedding(%1, %2)").arg(intParam(c, "vocab_size")).arg(intParam(c, "dim")),
                QStringLiteral("TokenEmbedding"));
        };
        for (const char* type : { "SimpleRNN", "LSTM", "GRU" })
            t[QString::fromLatin1(type)]
                = [type = QString::fromLatin1(type)](const LayerContext& c) { return recurrent(c, type); };
        t[QStringLiteral("MultiHeadAttention")] = attention;
        t[QStringLiteral("PositionalEncoding")] = positions;
        t[QStringLiteral("SequencePool")] = [](const LayerContext& c) {
            return module(QStringLiteral("SequencePool(%1)").arg(pythonString(stringParam(c, "mode"))),
                QStringLiteral("SequencePool"));
        };
        t[QStringLiteral("Add")] = [](const LayerContext& c) {
            return LayerCode {
                .module = {}, .inlineExpression = c.inputVariables.join(QStringLiteral(" + ")), .helper = {}
            };
        };
        t[QStringLiteral("Concat")] = concat;
        return t;
    }();
    return writers;
}

} // namespace

std::optional<LayerCode> pytorchLayerCode(const LayerContext& context)
{
    const auto it = table().find(context.node.type);
    if (it == table().end())
        return std::nullopt;
    return it->second(context);
}

bool hasPyTorchForm(const QString& type)
{
    return type == QLatin1String("Input") || table().count(type) > 0;
}

} // namespace nw::pytorch
