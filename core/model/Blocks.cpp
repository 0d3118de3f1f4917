#include "Blocks.h"

#include "GraphFragment.h"
#include "LayerRegistry.h"

#include <QCoreApplication>

namespace nw {

namespace {

const char* const kConvBnRelu = QT_TRANSLATE_NOOP("Blocks", "Conv-BatchNorm-ReLU");
const char* const kResidual = QT_TRANSLATE_NOOP("Blocks", "Residual block");
const char* const kMlpHead = QT_TRANSLATE_NOOP("Blocks", "MLP head");
const char* const kTransformer = QT_TRANSLATE_NOOP("Blocks", "Transformer encoder block");

constexpr double kColumn = 220; // GraphLayout's default column spacing

// Builds a fragment node by node; each node takes its type's defaults under `params`.
class FragmentBuilder {
public:
    QString node(const QString& type, const QString& id, QPointF position, const QVariantMap& params = {})
    {
        NodeData node;
        node.id = id;
        node.type = type;
        node.params = LayerRegistry::instance().defaultParameters(type);
        for (auto it = params.cbegin(); it != params.cend(); ++it)
            node.params.insert(it.key(), it.value());
        node.position = position;
        m_fragment.nodes.append(node);
        return id;
    }

    // A chain left to right from `start`, each node fed by the one before.
    QStringList chain(QPointF start, const QList<std::tuple<QString, QString, QVariantMap>>& layers)
    {
        QStringList ids;
        for (const auto& [type, id, params] : layers) {
            node(type, id, start + QPointF(kColumn * ids.size(), 0), params);
            if (!ids.isEmpty())
                edge(ids.last(), id);
            ids << id;
        }
        return ids;
    }

    void edge(const QString& from, const QString& to, int port = 0) { m_fragment.edges.append({ from, to, port }); }
    void input(const QString& to, int port = 0) { m_fragment.inputs.append({ {}, to, port }); }
    void output(const QString& id) { m_fragment.output = id; }
    QByteArray json() const { return m_fragment.toJson(); }

private:
    GraphFragment m_fragment;
};

QVariantMap conv(int filters)
{
    // Padding 1 keeps 28x28 at 28x28, so blocks stack without shrinking the image.
    return { { QStringLiteral("filters"), filters }, { QStringLiteral("kernel_size"), 3 },
        { QStringLiteral("stride"), 1 }, { QStringLiteral("padding"), 1 } };
}

} // namespace

QStringList Blocks::names()
{
    return { QString::fromLatin1(kConvBnRelu), QString::fromLatin1(kResidual), QString::fromLatin1(kMlpHead),
        QString::fromLatin1(kTransformer) };
}

QString Blocks::description(const QString& name)
{
    if (name == QLatin1String(kConvBnRelu))
        return QCoreApplication::translate("Blocks",
            "A 3x3 convolution with 16 filters, batch normalization and ReLU: the standard building block of "
            "image networks. The image keeps its size.");
    if (name == QLatin1String(kResidual))
        return QCoreApplication::translate("Blocks",
            "Two convolutions with batch normalization whose result is added to the block's input, then ReLU. "
            "The skip connection lets gradients flow around the block, so deep networks still train.");
    if (name == QLatin1String(kMlpHead))
        return QCoreApplication::translate("Blocks",
            "Flatten, a hidden Dense layer of 128 units with ReLU and dropout, and a Dense layer with one "
            "output per class (10): the classifier at the end of a network.");
    if (name == QLatin1String(kTransformer))
        return QCoreApplication::translate("Blocks",
            "A pre-norm transformer encoder block for sequences: layer normalization, multi-head self-attention "
            "and a residual Add, then layer normalization, a feed-forward Dense(4E)-GELU-Dense(E) and a second "
            "residual Add. The sequence keeps its shape, so blocks stack.");
    return {};
}

QByteArray Blocks::json(const QString& name, int inputWidth)
{
    const QString conv2d = QStringLiteral("Conv2D");
    const QString bn = QStringLiteral("BatchNorm");
    const QString relu = QStringLiteral("ReLU");
    FragmentBuilder b;
    if (name == QLatin1String(kConvBnRelu)) {
        const QStringList ids = b.chain({ 0, 0 },
            { { conv2d, QStringLiteral("conv1"), conv(16) }, { bn, QStringLiteral("bn1"), {} },
                { relu, QStringLiteral("relu1"), {} } });
        b.input(ids.first());
        b.output(ids.last());
    } else if (name == QLatin1String(kResidual)) {
        const int channels = inputWidth > 0 ? inputWidth : 16;
        const QStringList ids = b.chain({ 0, 0 },
            { { conv2d, QStringLiteral("conv1"), conv(channels) }, { bn, QStringLiteral("bn1"), {} },
                { relu, QStringLiteral("relu1"), {} }, { conv2d, QStringLiteral("conv2"), conv(channels) },
                { bn, QStringLiteral("bn2"), {} }, { QStringLiteral("Add"), QStringLiteral("add1"), {} },
                { relu, QStringLiteral("relu2"), {} } });
        // The Add's second port is the skip connection from the block's input.
        b.input(ids.first());
        b.input(QStringLiteral("add1"), 1);
        b.output(ids.last());
    } else if (name == QLatin1String(kMlpHead)) {
        const QStringList ids = b.chain({ 0, 0 },
            { { QStringLiteral("Flatten"), QStringLiteral("flatten1"), {} },
                { QStringLiteral("Dense"), QStringLiteral("dense1"), { { QStringLiteral("units"), 128 } } },
                { relu, QStringLiteral("relu1"), {} },
                { QStringLiteral("Dropout"), QStringLiteral("dropout1"), { { QStringLiteral("rate"), 0.5 } } },
                { QStringLiteral("Dense"), QStringLiteral("dense2"), { { QStringLiteral("units"), 10 } } } });
        b.input(ids.first());
        b.output(ids.last());
    } else if (name == QLatin1String(kTransformer)) {
        // Pre-norm (Xiong et al. 2020): x + Attention(LN(x)), then y + FF(LN(y)).
        const int features = inputWidth > 0 ? inputWidth : 16;
        const int heads = features % 2 == 0 ? 2 : 1;
        const QString ln = QStringLiteral("LayerNorm");
        const QString dense = QStringLiteral("Dense");
        const QString add = QStringLiteral("Add");
        const QStringList ids = b.chain({ 0, 0 },
            { { ln, QStringLiteral("ln1"), {} },
                { QStringLiteral("MultiHeadAttention"), QStringLiteral("attn1"), { { QStringLiteral("heads"), heads } } },
                { add, QStringLiteral("add1"), {} }, { ln, QStringLiteral("ln2"), {} },
                { dense, QStringLiteral("ff1"), { { QStringLiteral("units"), 4 * features } } },
                { QStringLiteral("GELU"), QStringLiteral("gelu1"), {} },
                { dense, QStringLiteral("ff2"), { { QStringLiteral("units"), features } } },
                { add, QStringLiteral("add2"), {} } });
        // Each Add's second port is its residual: the block's input, then the first Add.
        b.input(ids.first());
        b.input(QStringLiteral("add1"), 1);
        b.edge(QStringLiteral("add1"), QStringLiteral("add2"), 1);
        b.output(ids.last());
    } else {
        return {};
    }
    return b.json();
}

} // namespace nw
