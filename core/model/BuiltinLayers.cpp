#include "BuiltinLayers.h"

#include "engine/layers/Activation.h"
#include "engine/layers/Add.h"
#include "engine/layers/AvgPool2D.h"
#include "engine/layers/BatchNorm.h"
#include "engine/layers/Concat.h"
#include "engine/layers/Conv2D.h"
#include "engine/layers/ConvTranspose2D.h"
#include "engine/layers/Dense.h"
#include "engine/layers/Dropout.h"
#include "engine/layers/Embedding.h"
#include "engine/layers/GRU.h"
#include "engine/layers/LSTM.h"
#include "engine/layers/MultiHeadAttention.h"
#include "engine/layers/PositionalEncoding.h"
#include "engine/layers/SequencePool.h"
#include "engine/layers/SimpleRNN.h"
#include "engine/layers/Flatten.h"
#include "engine/layers/GlobalAvgPool.h"
#include "engine/layers/LayerNorm.h"
#include "engine/layers/MaxPool2D.h"
#include "engine/layers/Reshape.h"
#include "engine/layers/Softmax.h"
#include "engine/layers/Upsample2D.h"

#include <QtGlobal>

namespace nw {

namespace {

ParameterSpec intParam(const char* name, int min, int max, int def, const char* tip)
{
    return { .name = QString::fromLatin1(name),
        .kind = ParameterKind::Int,
        .minimum = double(min),
        .maximum = double(max),
        .defaultValue = def,
        .toolTipSource = tip };
}

ParameterSpec doubleParam(const char* name, double min, double max, double def, const char* tip)
{
    return { .name = QString::fromLatin1(name),
        .kind = ParameterKind::Double,
        .minimum = min,
        .maximum = max,
        .defaultValue = def,
        .toolTipSource = tip };
}

ParameterSpec boolParam(const char* name, bool def, const char* tip)
{
    return {
        .name = QString::fromLatin1(name), .kind = ParameterKind::Bool, .defaultValue = def, .toolTipSource = tip
    };
}

ParameterSpec intListParam(const char* name, int min, int max, QVariantList def, const char* tip)
{
    return { .name = QString::fromLatin1(name),
        .kind = ParameterKind::IntList,
        .minimum = double(min),
        .maximum = double(max),
        .defaultValue = def,
        .toolTipSource = tip };
}

ParameterSpec withAliases(ParameterSpec spec, QStringList aliases)
{
    spec.aliases = std::move(aliases);
    return spec;
}

ParameterSpec initParam()
{
    return { .name = QStringLiteral("init"),
        .kind = ParameterKind::Enum,
        .defaultValue = QStringLiteral("he_uniform"),
        .choices = { QStringLiteral("he_uniform"), QStringLiteral("he_normal"), QStringLiteral("xavier_uniform"),
            QStringLiteral("xavier_normal") },
        .toolTipSource = QT_TRANSLATE_NOOP(
            "LayerRegistry", "How the weights start: He suits ReLU-like activations, Xavier suits tanh and sigmoid") };
}

ParameterSpec biasParam()
{
    return boolParam("bias", true, QT_TRANSLATE_NOOP("LayerRegistry", "Add a learnable offset to every output"));
}

// Values reaching a factory are already converted to their stored types.
int intOf(const QVariantMap& p, const char* name)
{
    return p.value(QLatin1String(name)).toInt();
}
float floatOf(const QVariantMap& p, const char* name)
{
    return float(p.value(QLatin1String(name)).toDouble());
}
bool boolOf(const QVariantMap& p, const char* name)
{
    return p.value(QLatin1String(name)).toBool();
}

Shape shapeOf(const QVariantMap& p, const char* name)
{
    Shape shape;
    for (const QVariant& v : p.value(QLatin1String(name)).toList())
        shape.push_back(v.toInt());
    return shape;
}

std::string stringOf(const QVariantMap& p, const char* name)
{
    return p.value(QLatin1String(name)).toString().toStdString();
}

ParameterSpec enumParam(const char* name, QStringList choices, const char* tip)
{
    return { .name = QString::fromLatin1(name),
        .kind = ParameterKind::Enum,
        .defaultValue = choices.value(0),
        .choices = choices,
        .toolTipSource = tip };
}

// What SimpleRNN, LSTM and GRU share: their parameters.
QVector<ParameterSpec> recurrentParams()
{
    return {
        intParam("units", 1, 4096, 32, QT_TRANSLATE_NOOP("LayerRegistry", "Size of the hidden state")),
        boolParam("return_sequences", false,
            QT_TRANSLATE_NOOP("LayerRegistry",
                "Output the hidden state at every step (steps x units) instead of only the last step's")),
        boolParam("bidirectional", false,
            QT_TRANSLATE_NOOP("LayerRegistry",
                "Also read the sequence backwards and put both directions' states side by side")),
    };
}

WeightInit initOf(const QVariantMap& p)
{
    return weightInitFromName(p.value(QStringLiteral("init")).toString().toStdString()).value_or(WeightInit::HeUniform);
}

QVector<ParameterSpec> poolParams()
{
    return {
        intParam("kernel_size", 1, 8, 2, QT_TRANSLATE_NOOP("LayerRegistry", "Width and height of the window")),
        intParam("stride", 0, 8, 0,
            QT_TRANSLATE_NOOP("LayerRegistry", "Step between windows; 0 means the same as the kernel size")),
        intParam("padding", 0, 3, 0,
            QT_TRANSLATE_NOOP("LayerRegistry", "Border added around each image, at most half the kernel")),
    };
}

// An activation's entry: `spec` names and explains it; the type name, category and
// factory follow from the engine's kind, and an "alpha" parameter reaches the layer.
LayerSpec activation(ActivationKind kind, LayerSpec spec)
{
    spec.type = QString::fromStdString(activationName(kind));
    spec.category = QStringLiteral("Activation");
    const bool hasAlpha = spec.parameter(QStringLiteral("alpha")) != nullptr;
    spec.factory = [kind, hasAlpha](const QVariantMap& p) {
        return std::make_unique<Activation>(
            kind, hasAlpha ? floatOf(p, "alpha") : std::numeric_limits<float>::quiet_NaN());
    };
    return spec;
}

} // namespace

QVector<LayerSpec> builtinLayerSpecs()
{
    QVector<LayerSpec> specs;

    specs.append({ .type = QStringLiteral("Input"),
        .category = QStringLiteral("Input"),
        .idPrefix = QStringLiteral("input"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Input"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "Where the data enters the network. Its shape is the shape of one sample without "
            "the batch: 784 for a flattened 28x28 image, 1x28x28 for a grey image that "
            "convolutions will read, 3x32x32 for a colour one. Every network needs at least "
            "one input, and the shape must match the dataset."),
        .parameters = { intListParam("shape", 1, 65536, { 1, 28, 28 },
            QT_TRANSLATE_NOOP("LayerRegistry",
                "Shape of one sample, e.g. 784 or 1, 28, 28 (channels, height, "
                "width)")) } });

    specs.append({ .type = QStringLiteral("Dense"),
        .category = QStringLiteral("Core"),
        .idPrefix = QStringLiteral("dense"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Dense"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "A fully connected layer: every output is a weighted sum of every input plus a "
            "bias, y = Wx + b. Stacked with activations in between, dense layers can learn "
            "any smooth function, and the last layer of a classifier is usually a Dense with "
            "one unit per class. It needs a flat input, so put a Flatten (or a global "
            "pooling) between convolutions and a Dense. On a sequence (steps x features) it "
            "acts on every step with the same weights."),
        .parameters
        = { intParam("units", 1, 65536, 16, QT_TRANSLATE_NOOP("LayerRegistry", "Number of outputs (neurons)")),
            biasParam(), initParam() },
        .factory = [](const QVariantMap& p) {
            return std::make_unique<Dense>(intOf(p, "units"), boolOf(p, "bias"), initOf(p));
        } });

    specs.append({ .type = QStringLiteral("Conv2D"),
        .category = QStringLiteral("Convolution"),
        .idPrefix = QStringLiteral("conv"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Convolution 2D"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "Slides small learned filters over an image (channels x height x width) and "
            "produces one feature map per filter. Because the same filter is used at every "
            "position, it finds a pattern such as an edge or a texture wherever it appears, "
            "with far fewer weights than a Dense layer. The standard first layers of an "
            "image model; stack several, with pooling to shrink the maps."),
        .parameters = { intParam("filters", 1, 4096, 16,
                            QT_TRANSLATE_NOOP("LayerRegistry", "Number of filters, i.e. output channels")),
            intParam("kernel_size", 1, 15, 3, QT_TRANSLATE_NOOP("LayerRegistry", "Width and height of each filter")),
            intParam("stride", 1, 8, 1, QT_TRANSLATE_NOOP("LayerRegistry", "Step between filter positions")),
            intParam("padding", 0, 7, 0,
                QT_TRANSLATE_NOOP(
                    "LayerRegistry", "Zeros added around the image; (kernel_size - 1) / 2 keeps the size")),
            biasParam(), initParam() },
        .factory = [](const QVariantMap& p) {
            return std::make_unique<Conv2D>(intOf(p, "filters"), intOf(p, "kernel_size"), intOf(p, "stride"),
                intOf(p, "padding"), boolOf(p, "bias"), initOf(p));
        } });

    specs.append({ .type = QStringLiteral("ConvTranspose2D"),
        .category = QStringLiteral("Convolution"),
        .idPrefix = QStringLiteral("deconv"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Transposed Convolution 2D"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "The way back up in a decoder: every input pixel stamps a learned filter, scaled by "
            "its value, onto a larger output, so a stride of 2 doubles the height and width. "
            "The output size is (input - 1) x stride - 2 x padding + kernel_size + "
            "output_padding. With kernel_size 3, stride 2, padding 1 and output_padding 1, "
            "7x7 becomes 14x14. Use it in the decoder of an autoencoder or a segmentation "
            "model, where a Convolution 2D shrank the maps."),
        .parameters = { intParam("filters", 1, 4096, 16,
                            QT_TRANSLATE_NOOP("LayerRegistry", "Number of filters, i.e. output channels")),
            intParam("kernel_size", 1, 15, 3, QT_TRANSLATE_NOOP("LayerRegistry", "Width and height of each filter")),
            intParam("stride", 1, 8, 2,
                QT_TRANSLATE_NOOP("LayerRegistry", "Spacing of the stamps in the output: 2 doubles the size")),
            intParam("padding", 0, 7, 1,
                QT_TRANSLATE_NOOP("LayerRegistry", "Rows and columns cropped from every side of the output")),
            intParam("output_padding", 0, 7, 1,
                QT_TRANSLATE_NOOP("LayerRegistry",
                    "Extra rows and columns added at the bottom and right of the output; smaller than the stride")),
            biasParam(), initParam() },
        .factory = [](const QVariantMap& p) {
            return std::make_unique<ConvTranspose2D>(intOf(p, "filters"), intOf(p, "kernel_size"), intOf(p, "stride"),
                intOf(p, "padding"), intOf(p, "output_padding"), boolOf(p, "bias"), initOf(p));
        } });

    specs.append({ .type = QStringLiteral("Upsample2D"),
        .category = QStringLiteral("Pooling"),
        .idPrefix = QStringLiteral("upsample"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Upsample 2D"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "Enlarges every feature map by a whole-number factor, the opposite of pooling: "
            "\"nearest\" repeats each pixel, \"bilinear\" blends the four nearest pixels for a "
            "smoother result. It has no weights; follow it with a Convolution 2D that learns "
            "what to draw into the larger map. Used in the decoder of an autoencoder."),
        .parameters = { withAliases(intParam("scale_factor", 1, 16, 2,
                                        QT_TRANSLATE_NOOP("LayerRegistry", "How many times larger the height and width become")),
                            { QStringLiteral("scale") }),
            enumParam("mode", { QStringLiteral("nearest"), QStringLiteral("bilinear") },
                QT_TRANSLATE_NOOP("LayerRegistry",
                    "nearest repeats pixels; bilinear interpolates between them (align_corners=False)")) },
        .factory = [](const QVariantMap& p) {
            const UpsampleMode mode = p.value(QStringLiteral("mode")).toString() == QLatin1String("bilinear")
                ? UpsampleMode::Bilinear
                : UpsampleMode::Nearest;
            return std::make_unique<Upsample2D>(intOf(p, "scale_factor"), mode);
        } });

    specs.append({ .type = QStringLiteral("MaxPool2D"),
        .category = QStringLiteral("Pooling"),
        .idPrefix = QStringLiteral("maxpool"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Max Pooling 2D"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "Keeps the largest value in each small window of every feature map, so a 2x2 "
            "pool halves the height and width. It makes the network cheaper and a little "
            "tolerant to small shifts, and keeps the strongest response of each filter. Use "
            "it after a convolution (and its activation)."),
        .parameters = poolParams(),
        .factory = [](const QVariantMap& p) {
            return std::make_unique<MaxPool2D>(intOf(p, "kernel_size"), intOf(p, "stride"), intOf(p, "padding"));
        } });

    specs.append({ .type = QStringLiteral("AvgPool2D"),
        .category = QStringLiteral("Pooling"),
        .idPrefix = QStringLiteral("avgpool"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Average Pooling 2D"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "Replaces each small window of every feature map by its average, shrinking the "
            "maps like max pooling but smoothing instead of picking the strongest value. "
            "Use it to downsample when every part of the window should count."),
        .parameters = poolParams(),
        .factory = [](const QVariantMap& p) {
            return std::make_unique<AvgPool2D>(intOf(p, "kernel_size"), intOf(p, "stride"), intOf(p, "padding"));
        } });

    specs.append({ .type = QStringLiteral("GlobalAvgPool"),
        .category = QStringLiteral("Pooling"),
        .idPrefix = QStringLiteral("gap"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Global Average Pooling"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "Averages each whole feature map to a single number, turning channels x height "
            "x width into one value per channel. A light bridge from convolutions to the "
            "classifier: unlike Flatten it adds no weights downstream for image size, and "
            "it is what Grad-CAM explanations are built on."),
        .factory = [](const QVariantMap&) { return std::make_unique<GlobalAvgPool>(); } });

    specs.append({ .type = QStringLiteral("Flatten"),
        .category = QStringLiteral("Reshape"),
        .idPrefix = QStringLiteral("flatten"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Flatten"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "Lays every value of a sample out in one long row, e.g. 16x7x7 becomes 784. It "
            "computes nothing and has no weights; it is the glue you need between "
            "convolutional layers and a Dense layer."),
        .factory = [](const QVariantMap&) { return std::make_unique<Flatten>(); } });

    specs.append({ .type = QStringLiteral("Reshape"),
        .category = QStringLiteral("Reshape"),
        .idPrefix = QStringLiteral("reshape"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Reshape"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "Gives each sample a new shape with the same number of values, read in the same "
            "order: for example 784 becomes 1x28x28 so that flat data can go into a "
            "convolution. One entry may be -1, meaning \"whatever is left\"."),
        .parameters = { intListParam("shape", -1, 65536, { -1 },
            QT_TRANSLATE_NOOP("LayerRegistry", "New shape of one sample; one entry may be -1 to infer it")) },
        .factory = [](const QVariantMap& p) { return std::make_unique<Reshape>(shapeOf(p, "shape")); } });

    specs.append({ .type = QStringLiteral("Dropout"),
        .category = QStringLiteral("Regularization"),
        .idPrefix = QStringLiteral("dropout"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Dropout"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "During training, sets a random fraction of its inputs to zero at every step and "
            "scales up the rest, so the network cannot rely on any single neuron. This "
            "fights overfitting (training accuracy far above validation accuracy). At "
            "evaluation time it does nothing."),
        .parameters = { doubleParam(
            "rate", 0.0, 0.95, 0.5, QT_TRANSLATE_NOOP("LayerRegistry", "Fraction of values dropped during training")) },
        .factory = [](const QVariantMap& p) { return std::make_unique<Dropout>(floatOf(p, "rate")); } });

    specs.append({ .type = QStringLiteral("BatchNorm"),
        .category = QStringLiteral("Normalization"),
        .idPrefix = QStringLiteral("bn"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Batch Normalization"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "Rescales each feature or channel to mean 0 and variance 1 using the statistics "
            "of the current batch, then applies a learned scale and shift. It makes deep "
            "networks train faster and tolerate higher learning rates. Usually placed after "
            "a convolution or Dense layer and before its activation; it needs batches of "
            "more than one sample."),
        .parameters = { doubleParam("momentum", 0.0, 1.0, 0.1,
                            QT_TRANSLATE_NOOP("LayerRegistry",
                                "How fast the running statistics used for evaluation follow the "
                                "batches")),
            doubleParam("eps", 1e-12, 1.0, 1e-5,
                QT_TRANSLATE_NOOP("LayerRegistry",
                    "Small number added to the variance to avoid "
                    "dividing by zero")) },
        .factory = [](const QVariantMap& p) {
            return std::make_unique<BatchNorm>(floatOf(p, "momentum"), floatOf(p, "eps"));
        } });

    specs.append({ .type = QStringLiteral("LayerNorm"),
        .category = QStringLiteral("Normalization"),
        .idPrefix = QStringLiteral("ln"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Layer Normalization"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "Rescales the values along the last axis of each sample to mean 0 and variance "
            "1, then applies a learned scale and shift. Unlike batch normalization it looks "
            "at one sample at a time, so it behaves the same in training and evaluation and "
            "works with any batch size; it is the normalization used in transformers."),
        .parameters = { doubleParam("eps", 1e-12, 1.0, 1e-5,
            QT_TRANSLATE_NOOP("LayerRegistry",
                "Small number added to the variance to avoid "
                "dividing by zero")) },
        .factory = [](const QVariantMap& p) { return std::make_unique<LayerNorm>(floatOf(p, "eps")); } });

    specs.append(activation(ActivationKind::ReLU,
        { .idPrefix = QStringLiteral("relu"),
            .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "ReLU"),
            .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
                "Rectified linear unit: keeps positive values and replaces negative "
                "ones by zero, max(0, x). Cheap and effective, it is the default "
                "activation between hidden layers. Without some activation, stacked "
                "layers collapse into a single linear one.") }));
    specs.append(activation(ActivationKind::LeakyReLU,
        { .idPrefix = QStringLiteral("leakyrelu"),
            .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Leaky ReLU"),
            .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
                "Like ReLU, but negative values are multiplied by a small slope alpha "
                "instead of becoming zero. Neurons therefore never stop learning "
                "entirely (\"dying ReLU\"); try it when many ReLU outputs stay at "
                "zero."),
            .parameters = { doubleParam(
                "alpha", 0.0, 1.0, 0.01, QT_TRANSLATE_NOOP("LayerRegistry", "Slope for negative inputs")) } }));
    specs.append(activation(ActivationKind::ELU,
        { .idPrefix = QStringLiteral("elu"),
            .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "ELU"),
            .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
                "Exponential linear unit: x for positive values and alpha * (exp(x) - "
                "1) for negative ones, a smooth curve that levels off at -alpha. Its "
                "outputs average closer to zero than ReLU's, which can speed up "
                "training."),
            .parameters = { doubleParam("alpha", 0.0, 10.0, 1.0,
                QT_TRANSLATE_NOOP("LayerRegistry", "Value that large negative inputs approach (as -alpha)")) } }));
    specs.append(activation(ActivationKind::GELU,
        { .idPrefix = QStringLiteral("gelu"),
            .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "GELU"),
            .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
                "Gaussian error linear unit: x weighted by the probability that a "
                "standard normal value is below x. A smooth version of ReLU that lets "
                "small negative values through; the usual activation in transformers.") }));
    specs.append(activation(ActivationKind::SiLU,
        { .idPrefix = QStringLiteral("silu"),
            .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "SiLU"),
            .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
                "Sigmoid linear unit, also called Swish: x multiplied by its own sigmoid, "
                "x / (1 + exp(-x)). Like GELU it is a smooth ReLU that lets small negative "
                "values through, dipping just below zero before it levels off at 0. It often "
                "trains a little better than ReLU in deep networks.") }));
    specs.append(activation(ActivationKind::Sigmoid,
        { .idPrefix = QStringLiteral("sigmoid"),
            .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Sigmoid"),
            .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
                "Squashes every value into the range 0 to 1 with 1 / (1 + exp(-x)), "
                "so an output can be read as a probability of yes or no. Good for "
                "gates and binary outputs; in deep hidden layers it makes gradients "
                "vanish, so prefer ReLU there.") }));
    specs.append(activation(ActivationKind::Tanh,
        { .idPrefix = QStringLiteral("tanh"),
            .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Tanh"),
            .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
                "Squashes every value into the range -1 to 1. Centred on zero, it "
                "suits small networks and recurrent ones; like the sigmoid it "
                "saturates for large inputs, which slows learning in deep stacks.") }));

    specs.append({ .type = QStringLiteral("Softmax"),
        .category = QStringLiteral("Activation"),
        .idPrefix = QStringLiteral("softmax"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Softmax"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "Turns the scores along the last axis into probabilities that are positive and "
            "sum to 1, exaggerating the largest. Use it to read a classifier's output as "
            "class probabilities, or for attention weights. The cross-entropy loss already "
            "applies it, so the network being trained should end with the raw scores."),
        .factory = [](const QVariantMap&) { return std::make_unique<Softmax>(); } });

    specs.append({ .type = QStringLiteral("Embedding"),
        .category = QStringLiteral("Sequence"),
        .idPrefix = QStringLiteral("embed"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Embedding"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "Turns token ids (whole numbers such as the characters or words of a text) into "
            "learned vectors: one row of a table per token. Its input is a sequence of ids "
            "from an Input of shape [steps]; its output is steps x dim, what recurrent and "
            "attention layers read."),
        .parameters = { intParam("vocab_size", 1, 1000000, 64,
                            QT_TRANSLATE_NOOP("LayerRegistry", "Number of different tokens (ids 0 to vocab_size - 1)")),
            intParam("dim", 1, 4096, 16, QT_TRANSLATE_NOOP("LayerRegistry", "Length of each token's vector")) },
        .factory = [](const QVariantMap& p) {
            return std::make_unique<Embedding>(intOf(p, "vocab_size"), intOf(p, "dim"));
        } });

    specs.append({ .type = QStringLiteral("SimpleRNN"),
        .category = QStringLiteral("Sequence"),
        .idPrefix = QStringLiteral("rnn"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Simple RNN"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "Reads a sequence one step at a time and keeps a hidden state that mixes the new "
            "step with what it remembers: h = tanh(W x + U h_prev + b). The simplest "
            "recurrent network; it forgets quickly over long sequences, which LSTM and GRU "
            "were invented to fix."),
        .parameters = recurrentParams(),
        .factory = [](const QVariantMap& p) {
            return std::make_unique<SimpleRNN>(intOf(p, "units"), boolOf(p, "return_sequences"), boolOf(p, "bidirectional"));
        } });

    specs.append({ .type = QStringLiteral("LSTM"),
        .category = QStringLiteral("Sequence"),
        .idPrefix = QStringLiteral("lstm"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "LSTM"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "Long short-term memory: a recurrent layer with a memory cell and three gates "
            "(input, forget, output) that learn what to write, keep and show at each step, "
            "so it can carry information across long sequences."),
        .parameters = recurrentParams(),
        .factory = [](const QVariantMap& p) {
            return std::make_unique<LSTM>(intOf(p, "units"), boolOf(p, "return_sequences"), boolOf(p, "bidirectional"));
        } });

    specs.append({ .type = QStringLiteral("GRU"),
        .category = QStringLiteral("Sequence"),
        .idPrefix = QStringLiteral("gru"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "GRU"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "Gated recurrent unit: a lighter LSTM with two gates (reset and update) and no "
            "separate memory cell. It often learns as well as an LSTM with fewer weights."),
        .parameters = recurrentParams(),
        .factory = [](const QVariantMap& p) {
            return std::make_unique<GRU>(intOf(p, "units"), boolOf(p, "return_sequences"), boolOf(p, "bidirectional"));
        } });

    specs.append({ .type = QStringLiteral("MultiHeadAttention"),
        .category = QStringLiteral("Sequence"),
        .idPrefix = QStringLiteral("attn"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Multi-Head Attention"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "Self-attention: every step of a sequence looks at every other step and takes a "
            "weighted mix of them, the weights coming from how well its query matches their "
            "keys. Several heads attend in parallel, each to something different. The heart "
            "of a transformer; the Attention dock shows what each head looks at."),
        .parameters = { intParam("heads", 1, 64, 2,
                            QT_TRANSLATE_NOOP("LayerRegistry", "Number of heads; must divide the input's features")),
            boolParam("causal", false,
                QT_TRANSLATE_NOOP("LayerRegistry", "Let each step see only itself and earlier steps (for generating text)")),
            doubleParam("dropout", 0.0, 0.95, 0.0,
                QT_TRANSLATE_NOOP("LayerRegistry", "Fraction of attention weights dropped during training")) },
        .factory = [](const QVariantMap& p) {
            return std::make_unique<MultiHeadAttention>(intOf(p, "heads"), boolOf(p, "causal"), floatOf(p, "dropout"));
        } });

    specs.append({ .type = QStringLiteral("PositionalEncoding"),
        .category = QStringLiteral("Sequence"),
        .idPrefix = QStringLiteral("pos"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Positional Encoding"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "Adds to each step a vector that encodes its position, because attention alone "
            "does not know the order of the steps. Sinusoidal encodings are fixed waves of "
            "different frequencies; learned ones are a trained table with one row per "
            "position."),
        .parameters = { enumParam("kind", { QStringLiteral("sinusoidal"), QStringLiteral("learned") },
                            QT_TRANSLATE_NOOP("LayerRegistry", "Fixed sine and cosine waves, or a learned table")),
            intParam("max_len", 1, 100000, 512,
                QT_TRANSLATE_NOOP("LayerRegistry", "The longest sequence it accepts")) },
        .factory = [](const QVariantMap& p) {
            return std::make_unique<PositionalEncoding>(
                positionalEncodingKindFromName(stringOf(p, "kind")).value_or(PositionalEncodingKind::Sinusoidal),
                intOf(p, "max_len"));
        } });

    specs.append({ .type = QStringLiteral("SequencePool"),
        .category = QStringLiteral("Sequence"),
        .idPrefix = QStringLiteral("seqpool"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Sequence Pooling"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "Summarises a whole sequence (steps x features) in one vector of features: the "
            "mean over the steps, the maximum, or the last step. Put it between sequence "
            "layers and the Dense that classifies."),
        .parameters = { enumParam("mode", { QStringLiteral("mean"), QStringLiteral("max"), QStringLiteral("last") },
            QT_TRANSLATE_NOOP("LayerRegistry", "How the steps are combined")) },
        .factory = [](const QVariantMap& p) {
            return std::make_unique<SequencePool>(sequencePoolModeFromName(stringOf(p, "mode")).value_or(SequencePoolMode::Mean));
        } });

    specs.append({ .type = QStringLiteral("Add"),
        .category = QStringLiteral("Merge"),
        .idPrefix = QStringLiteral("add"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Add"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "Adds two or more inputs of the same shape value by value. This is the merge of "
            "a residual (skip) connection: a block's input is added to its output, which "
            "lets very deep networks train because the gradient can flow around each "
            "block."),
        .factory = [](const QVariantMap&) { return std::make_unique<Add>(); } });

    specs.append({ .type = QStringLiteral("Concat"),
        .category = QStringLiteral("Merge"),
        .idPrefix = QStringLiteral("concat"),
        .displayNameSource = QT_TRANSLATE_NOOP("LayerRegistry", "Concatenate"),
        .descriptionSource = QT_TRANSLATE_NOOP("LayerRegistry",
            "Joins two or more inputs side by side along one axis, in the order of its "
            "input ports: features for flat inputs, channels for images. Use it to combine "
            "parallel branches that look at the data differently, as in Inception blocks; "
            "all other axes must match."),
        .parameters = { intParam("axis", -4, 3, 0,
            QT_TRANSLATE_NOOP("LayerRegistry",
                "Sample axis to join along: 0 is features or channels; negative "
                "counts from the last")) },
        .factory = [](const QVariantMap& p) { return std::make_unique<Concat>(intOf(p, "axis")); } });

    return specs;
}

} // namespace nw
