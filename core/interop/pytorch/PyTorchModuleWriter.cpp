#include "PyTorchModuleWriter.h"

#include "engine/Graph.h"
#include "model/NetworkGraphModel.h"
#include "PythonText.h"
#include "PyTorchHelperClasses.h"
#include "PyTorchLayerCode.h"

#include <algorithm>

namespace nw::pytorch {

namespace {

// The nodes the output depends on, in the compiled graph's topological order:
// forward() computes nothing that does not reach the output.
QStringList nodesFeedingOutput(const NetworkGraphModel& model, const Graph& graph)
{
    QSet<QString> needed { QString::fromStdString(graph.outputId()) };
    QStringList pending { QString::fromStdString(graph.outputId()) };
    while (!pending.isEmpty()) {
        const QString id = pending.takeLast();
        for (const EdgeData& e : model.edgesInto(id))
            if (!needed.contains(e.from)) {
                needed.insert(e.from);
                pending << e.from;
            }
    }
    QStringList order;
    for (const std::string& id : graph.nodeIds())
        if (needed.contains(QString::fromStdString(id)))
            order << QString::fromStdString(id);
    return order;
}

QStringList inputsInPortOrder(const NetworkGraphModel& model, const QString& id)
{
    QVector<EdgeData> in = model.edgesInto(id);
    std::stable_sort(in.begin(), in.end(), [](const EdgeData& a, const EdgeData& b) { return a.port < b.port; });
    QStringList sources;
    for (const EdgeData& e : in)
        sources << e.from;
    return sources;
}

QString probabilitiesFunction(const QString& loss)
{
    if (loss == QLatin1String("cross_entropy"))
        return QStringLiteral(R"PY(def probabilities(logits):
    """What `netwright-cli predict` reports: a softmax over the classes."""
    return torch.softmax(logits, dim=-1)
)PY");
    if (loss == QLatin1String("bce_with_logits"))
        return QStringLiteral(R"PY(def probabilities(logits):
    """What `netwright-cli predict` reports: each output's sigmoid."""
    return torch.sigmoid(logits)
)PY");
    return QStringLiteral(R"PY(def probabilities(logits):
    """A regression network's outputs are its predictions: returned unchanged."""
    return logits
)PY");
}

const char* const kSafetensorsCode
    = R"PY(# safetensors: an 8-byte little-endian header length, a JSON header naming each
# tensor's dtype, shape and byte range, then the raw little-endian data.
DTYPES = {"F32": "<f4", "F64": "<f8", "F16": "<f2", "I64": "<i8", "I32": "<i4", "I16": "<i2", "I8": "i1",
          "U8": "u1", "BOOL": "?"}


def read_safetensors(path):
    """{name: numpy array} of a .safetensors file, read with numpy alone."""
    with open(path, "rb") as f:
        content = f.read()
    try:
        (length,) = struct.unpack("<Q", content[:8])
        if 8 + length > len(content):
            raise ValueError("the header claims %d bytes, the file has %d" % (length, len(content) - 8))
        header = json.loads(content[8:8 + length])
        data = content[8 + length:]
        tensors = {}
        for name, entry in header.items():
            if name == "__metadata__":
                continue
            if entry["dtype"] not in DTYPES:
                raise ValueError("tensor %s has dtype %s, which this reader does not know" % (name, entry["dtype"]))
            start, end = entry["data_offsets"]
            if not 0 <= start <= end <= len(data):
                raise ValueError("tensor %s lies outside the data (bytes %d to %d of %d)" % (name, start, end, len(data)))
            array = np.frombuffer(data[start:end], dtype=DTYPES[entry["dtype"]])
            tensors[name] = array.reshape(entry["shape"]).astype(np.float32)
    except (struct.error, ValueError, KeyError, TypeError, AttributeError) as e:
        raise ValueError("%s: not a readable safetensors file: %s" % (path, e)) from None
    return tensors


def write_safetensors(path, tensors):
    """Writes {name: float32 array} as .safetensors, tensors in name order, as Netwright does."""
    header, offset, blobs = {}, 0, []
    for name in sorted(tensors):
        blob = np.ascontiguousarray(tensors[name], dtype="<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(tensors[name].shape), "data_offsets": [offset, offset + len(blob)]}
        offset += len(blob)
        blobs.append(blob)
    text = json.dumps(header).encode("utf-8")
    text += b" " * (-len(text) % 8)
    partial = path + ".partial"
    with open(partial, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text)
        for blob in blobs:
            f.write(blob)
    os.replace(partial, path)


def weight_names(net):
    """The state_dict entries a Netwright weights file holds (torch's batch counters are not among them)."""
    return [name for name in net.state_dict() if not name.endswith("num_batches_tracked")]


def load(weights=None):
    """A Net in eval mode with the weights of `weights` (default: weights.safetensors beside this file)."""
    path = weights or os.path.join(HERE, "weights.safetensors")
    tensors = read_safetensors(path)
    net = Net()
    state = net.state_dict()
    missing = [name for name in weight_names(net) if name not in tensors]
    unexpected = [name for name in tensors if name not in state]
    if missing or unexpected:
        raise ValueError("%s does not fit this network: missing %s, unexpected %s"
                         % (path, missing or "nothing", unexpected or "nothing"))
    for name, value in tensors.items():
        if tuple(value.shape) != tuple(state[name].shape):
            raise ValueError("%s: %s has shape %s, the network needs %s"
                             % (path, name, list(value.shape), list(state[name].shape)))
        state[name] = torch.from_numpy(value.copy())
    net.load_state_dict(state)
    return net.eval()


def save(net, path):
    """Writes the weights of `net` (a Net, or one wrapped by DistributedDataParallel) in Netwright's layout."""
    net = getattr(net, "module", net)
    state = net.state_dict()
    write_safetensors(path, {name: state[name].detach().cpu().float().numpy() for name in weight_names(net)})
)PY";

} // namespace

std::optional<QString> PyTorchModuleWriter::write(
    const NetworkGraphModel& model, const Graph& graph, const Description& description, QString* error)
{
    const QStringList order = nodesFeedingOutput(model, graph);
    QSet<QString> taken;
    QHash<QString, QString> variable;
    for (const QString& id : order)
        variable[id] = pythonVariableName(id, taken);

    QStringList constructors, forwardLines, helpers, arguments, inputShapes;
    for (const std::string& input : graph.inputIds()) {
        const QString id = QString::fromStdString(input);
        if (!variable.contains(id)) // an input the output does not read is still an argument
            variable[id] = pythonVariableName(id, taken);
        arguments << variable[id];
        const Shape shape = graph.nodeShape(input);
        inputShapes << pythonIntList(QList<int>(shape.begin(), shape.end()));
    }
    for (const QString& id : order) {
        const NodeData* node = model.node(id);
        if (node->type == QLatin1String("Input"))
            continue;
        LayerContext context {
            .node = *node, .inputShapes = {}, .outputShape = graph.nodeShape(id.toStdString()), .inputVariables = {}
        };
        for (const QString& source : inputsInPortOrder(model, id)) {
            context.inputShapes.push_back(graph.nodeShape(source.toStdString()));
            context.inputVariables << variable.value(source);
        }
        const std::optional<LayerCode> code = pytorchLayerCode(context);
        if (!code) {
            *error = QStringLiteral("node '%1': layer type %2 has no PyTorch form").arg(id, node->type);
            return std::nullopt;
        }
        if (!code->inlineExpression.isEmpty()) {
            forwardLines << QStringLiteral("        %1 = %2").arg(variable[id], code->inlineExpression);
            continue;
        }
        if (isModuleAttributeName(id)) {
            *error
                = QStringLiteral("node '%1': torch.nn.Module uses the name '%1' itself; rename the node to export it")
                      .arg(id);
            return std::nullopt;
        }
        if (!code->helper.isEmpty() && !helpers.contains(code->helper))
            helpers << code->helper;
        // Ids that are not Python names ("conv-1") still name the module, so the weights' names stay the ids.
        const bool attribute = isPythonIdentifier(id);
        constructors << (attribute
                ? QStringLiteral("        self.%1 = %2").arg(id, code->module)
                : QStringLiteral("        self.add_module(%1, %2)").arg(pythonString(id), code->module));
        const QString layer
            = attribute ? QStringLiteral("self.") + id : QStringLiteral("getattr(self, %1)").arg(pythonString(id));
        forwardLines << QStringLiteral("        %1 = %2(%3)")
                            .arg(variable[id], layer, context.inputVariables.join(QStringLiteral(", ")));
    }
    forwardLines << QStringLiteral("        return %1").arg(variable.value(QString::fromStdString(graph.outputId())));

    QStringList classes;
    for (const QString& c : description.classNames)
        classes << pythonString(c);
    const QString firstShape = inputShapes.value(0);

    QString text;
    text += QStringLiteral("\"\"\"%1: a network exported from Netwright as a PyTorch module.\n\n")
                .arg(description.projectName.isEmpty() ? QStringLiteral("Network") : description.projectName);
    text += QStringLiteral(
        "Net mirrors the Netwright graph node by node: each node's id names the layer that\n"
        "computes it, and weights.safetensors (beside this file) uses the same names, so it\n"
        "is Net's state_dict.\n\n"
        "    import model\n"
        "    net = model.load()                   # Net in eval mode, weights from weights.safetensors\n"
        "    logits = net(x)                      # x: float32 [N, %1], values as Netwright feeds them\n"
        "    p = model.probabilities(logits)      # what `netwright-cli predict` reports\n"
        "\"\"\"\n")
                .arg(firstShape.mid(1).chopped(1));
    text += QStringLiteral(
        "import json\nimport os\nimport struct\n\nimport numpy as np\nimport torch\nfrom torch import nn\n\n");
    text += QStringLiteral("HERE = os.path.dirname(os.path.abspath(__file__))\n");
    text += QStringLiteral("# One sample's shape per argument of Net.forward(), without the batch axis.\n");
    text += QStringLiteral("INPUT_SHAPES = [%1]\n").arg(inputShapes.join(QStringLiteral(", ")));
    text += QStringLiteral("# The project's training loss: it decides how outputs become probabilities.\n");
    text += QStringLiteral("LOSS = %1\n").arg(pythonString(description.loss));
    text += QStringLiteral("CLASSES = %1\n\n\n")
                .arg(classes.isEmpty() ? QStringLiteral("None")
                                       : QLatin1Char('[') + classes.join(QStringLiteral(", ")) + QLatin1Char(']'));
    if (!helpers.isEmpty())
        text += helperClassesSource(helpers) + QStringLiteral("\n\n");
    text += QStringLiteral("class Net(nn.Module):\n");
    text += QStringLiteral("    def __init__(self):\n        super().__init__()\n");
    text += constructors.join(QLatin1Char('\n')) + (constructors.isEmpty() ? QString() : QStringLiteral("\n"));
    text += QStringLiteral("\n    def forward(self, %1):\n").arg(arguments.join(QStringLiteral(", ")));
    text += forwardLines.join(QLatin1Char('\n')) + QStringLiteral("\n\n\n");
    text += probabilitiesFunction(description.loss) + QStringLiteral("\n\n");
    text += QString::fromUtf8(kSafetensorsCode);
    return text;
}

} // namespace nw::pytorch
