#include "NodeInspector.h"

#include "GraphEdits.h"
#include "GraphScene.h"

#include "model/LayerRegistry.h"
#include "model/NetworkDocument.h"
#include "model/NetworkGraphModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace nw {

namespace {

QString intListText(const QVariant& value)
{
    QStringList parts;
    for (const QVariant& v : value.toList())
        parts << QString::number(v.toInt());
    return parts.join(QLatin1Char('x'));
}

// "1x28x28", "1, 28, 28" and "1 28 28" all mean the same shape.
bool parseIntList(const QString& text, QVariantList* values)
{
    values->clear();
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[xX,;\\s\u00D7]+")), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        bool ok = false;
        const int v = part.toInt(&ok);
        if (!ok)
            return false;
        values->append(v);
    }
    return !values->isEmpty();
}

int decimalsFor(const ParameterSpec& spec)
{
    // Enough digits for the smallest step the range suggests (dropout 0.05, eps 1e-5).
    const double span = spec.maximum - spec.minimum;
    if (span <= 0)
        return 4;
    const double smallest = std::min(span, std::abs(spec.defaultValue.toDouble()) > 0
            ? std::abs(spec.defaultValue.toDouble()) : span);
    return std::clamp(int(std::ceil(-std::log10(smallest))) + 2, 2, 8);
}

} // namespace

NodeInspector::NodeInspector(QWidget* parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(tr("Select a layer to see and edit its parameters."), this))
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget(this))
    , m_title(new QLabel(m_content))
    , m_description(new QLabel(m_content))
    , m_form(new QFormLayout)
    , m_trainable(new QCheckBox(tr("Trainable"), m_content))
    , m_l1(new QDoubleSpinBox(m_content))
    , m_l2(new QDoubleSpinBox(m_content))
    , m_shape(new QLabel(m_content))
    , m_parameters(new QLabel(m_content))
    , m_weights(new QLabel(m_content))
    , m_messages(new QLabel(m_content))
{
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_placeholder->setMargin(8);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    for (QDoubleSpinBox* box : { m_l1, m_l2 }) {
        box->setRange(0, 1);
        box->setDecimals(5);
        box->setSingleStep(1e-4);
        box->setKeyboardTracking(false);
    }
    m_l1->setToolTip(tr("L1 penalty on this layer's weights: pushes small weights to exactly zero"));
    m_l2->setToolTip(tr("L2 penalty (weight decay) on this layer's weights: keeps weights small"));
    m_trainable->setToolTip(tr("Untick to freeze this layer's weights during training"));

    auto* training = new QGroupBox(tr("Training"), m_content);
    auto* trainingForm = new QFormLayout(training);
    trainingForm->addRow(m_trainable);
    trainingForm->addRow(tr("L1"), m_l1);
    trainingForm->addRow(tr("L2"), m_l2);

    auto* status = new QGroupBox(tr("Compiled"), m_content);
    auto* statusForm = new QFormLayout(status);
    statusForm->addRow(tr("Output shape"), m_shape);
    statusForm->addRow(tr("Parameters"), m_parameters);
    statusForm->addRow(tr("Weights"), m_weights);
    m_weights->setObjectName(QStringLiteral("inspectorWeights"));
    m_weights->setToolTip(tr("Imported: from File > Import Weights; trained: by a run or from the project's weights "
                             "file; initial: drawn from the seed. Start keeps imported and trained weights."));
    m_messages->setWordWrap(true);
    m_messages->setStyleSheet(QStringLiteral("color: #c62828;"));
    statusForm->addRow(m_messages);

    auto* parameters = new QGroupBox(tr("Parameters"), m_content);
    parameters->setLayout(m_form);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(8, 8, 8, 8);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_description);
    contentLayout->addWidget(parameters);
    contentLayout->addWidget(training);
    contentLayout->addWidget(status);
    contentLayout->addStretch(1);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_scroll, 1);
    m_scroll->hide();

    connect(m_trainable, &QCheckBox::toggled, this, [this] { pushFlags(); });
    connect(m_l1, &QDoubleSpinBox::valueChanged, this, [this] { pushFlags(); });
    connect(m_l2, &QDoubleSpinBox::valueChanged, this, [this] { pushFlags(); });
}

void NodeInspector::setUndoStack(QUndoStack* stack)
{
    m_stack = stack;
}

void NodeInspector::setGraphScene(GraphScene* scene)
{
    for (const QMetaObject::Connection& c : std::as_const(m_sceneConnections))
        disconnect(c);
    m_sceneConnections.clear();
    m_scene = scene;
    if (scene) {
        const auto followSelection = [this] {
            const QStringList ids = m_scene->selectedNodeIds();
            showNode(ids.size() == 1 ? ids.constFirst() : QString());
        };
        m_sceneConnections << connect(scene, &QGraphicsScene::selectionChanged, this, followSelection);
        m_sceneConnections << connect(scene->document(), &NetworkDocument::compiled, this, &NodeInspector::refreshStatus);
        m_sceneConnections << connect(scene->document(), &NetworkDocument::weightsChanged, this, &NodeInspector::refreshStatus);
        NetworkGraphModel* model = scene->model();
        m_sceneConnections << connect(model, &NetworkGraphModel::nodeUpdated, this, [this](const QString& id) {
            if (id == m_nodeId)
                refreshValues();
        });
        m_sceneConnections << connect(model, &NetworkGraphModel::nodeDeleted, this, [this](const QString& id) {
            if (id == m_nodeId)
                showNode({});
        });
        m_sceneConnections << connect(model, &NetworkGraphModel::modelReset, this, [this] { showNode({}); });
        followSelection();
    } else {
        showNode({});
    }
}

void NodeInspector::showNode(const QString& id)
{
    const NodeData* node = m_scene && !id.isEmpty() ? m_scene->model()->node(id) : nullptr;
    m_placeholder->setVisible(!node);
    m_scroll->setVisible(node);
    if (!node) {
        m_nodeId.clear();
        m_nodeType.clear();
        return;
    }
    if (id != m_nodeId || node->type != m_nodeType) {
        m_nodeId = id;
        m_nodeType = node->type;
        rebuildEditors();
    }
    refreshValues();
    refreshStatus();
}

void NodeInspector::rebuildEditors()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    const LayerSpec* spec = m_scene->model()->registry().spec(m_nodeType);
    m_title->setText(tr("%1 \u2014 %2").arg(spec ? spec->displayName() : m_nodeType, m_nodeId));
    m_description->setText(spec ? spec->description() : tr("This layer type is unknown to this version of Netwright."));
    if (!spec)
        return;
    for (const ParameterSpec& parameter : spec->parameters) {
        QWidget* editor = createEditor(parameter);
        editor->setToolTip(parameter.toolTip());
        auto* label = new QLabel(parameter.name, m_content);
        label->setToolTip(parameter.toolTip());
        m_form->addRow(label, editor);
        m_editors.insert(parameter.name, editor);
    }
    if (spec->parameters.isEmpty())
        m_form->addRow(new QLabel(tr("This layer has no parameters."), m_content));
    applyEditable();
}

void NodeInspector::setEditableParameters(const std::optional<QStringList>& names)
{
    m_editable = names;
    applyEditable();
}

void NodeInspector::applyEditable()
{
    const auto editable = [this](const QString& name) { return !m_editable || m_editable->contains(name); };
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        it.value()->setEnabled(editable(it.key()));
    m_trainable->setEnabled(editable(QStringLiteral("trainable")));
    m_l1->setEnabled(editable(QStringLiteral("l1")));
    m_l2->setEnabled(editable(QStringLiteral("l2")));
}

QWidget* NodeInspector::createEditor(const ParameterSpec& spec)
{
    const QString name = spec.name;
    switch (spec.kind) {
    case ParameterKind::Int: {
        auto* box = new QSpinBox(m_content);
        box->setRange(int(spec.minimum), int(spec.maximum));
        box->setKeyboardTracking(false); // one command per committed value, not per keystroke
        connect(box, &QSpinBox::valueChanged, this, [this, name](int v) { pushParameter(name, v); });
        return box;
    }
    case ParameterKind::Double: {
        auto* box = new QDoubleSpinBox(m_content);
        box->setDecimals(decimalsFor(spec));
        box->setRange(spec.minimum, spec.maximum);
        box->setSingleStep(std::pow(10.0, -std::max(1, box->decimals() - 1)));
        box->setKeyboardTracking(false);
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, name](double v) { pushParameter(name, v); });
        return box;
    }
    case ParameterKind::Bool: {
        auto* box = new QCheckBox(m_content);
        connect(box, &QCheckBox::toggled, this, [this, name](bool v) { pushParameter(name, v); });
        return box;
    }
    case ParameterKind::Enum: {
        auto* box = new QComboBox(m_content);
        box->addItems(spec.choices);
        connect(box, &QComboBox::currentTextChanged, this, [this, name](const QString& v) { pushParameter(name, v); });
        return box;
    }
    case ParameterKind::IntList: {
        auto* edit = new QLineEdit(m_content);
        edit->setPlaceholderText(tr("e.g. 1x28x28"));
        connect(edit, &QLineEdit::editingFinished, this, [this, name, edit] {
            QVariantList values;
            const bool ok = parseIntList(edit->text(), &values);
            edit->setStyleSheet(ok ? QString() : QStringLiteral("background: #fde7e7;"));
            if (ok)
                pushParameter(name, values);
        });
        return edit;
    }
    }
    return new QWidget(m_content);
}

void NodeInspector::setEditorValue(QWidget* editor, const ParameterSpec& spec, const QVariant& value)
{
    const QSignalBlocker blocker(editor);
    switch (spec.kind) {
    case ParameterKind::Int:
        static_cast<QSpinBox*>(editor)->setValue(value.toInt());
        break;
    case ParameterKind::Double:
        static_cast<QDoubleSpinBox*>(editor)->setValue(value.toDouble());
        break;
    case ParameterKind::Bool:
        static_cast<QCheckBox*>(editor)->setChecked(value.toBool());
        break;
    case ParameterKind::Enum:
        static_cast<QComboBox*>(editor)->setCurrentText(value.toString());
        break;
    case ParameterKind::IntList:
        static_cast<QLineEdit*>(editor)->setText(intListText(value));
        static_cast<QLineEdit*>(editor)->setStyleSheet(QString());
        break;
    }
}

void NodeInspector::refreshValues()
{
    const NodeData* node = m_scene ? m_scene->model()->node(m_nodeId) : nullptr;
    if (!node)
        return;
    if (const LayerSpec* spec = m_scene->model()->registry().spec(node->type)) {
        for (const ParameterSpec& parameter : spec->parameters)
            if (QWidget* editor = m_editors.value(parameter.name))
                setEditorValue(editor, parameter, node->params.value(parameter.name, parameter.defaultValue));
    }
    const QSignalBlocker b1(m_trainable);
    const QSignalBlocker b2(m_l1);
    const QSignalBlocker b3(m_l2);
    m_trainable->setChecked(node->trainable);
    m_l1->setValue(node->l1);
    m_l2->setValue(node->l2);
}

void NodeInspector::refreshStatus()
{
    if (!m_scene || m_nodeId.isEmpty())
        return;
    const CompileResult& result = m_scene->document()->compileResult();
    const auto it = result.nodes.constFind(m_nodeId);
    if (it == result.nodes.cend()) {
        m_shape->setText(tr("not compiled yet"));
        m_parameters->clear();
        m_messages->clear();
        return;
    }
    m_shape->setText(it->shapeKnown ? it->shapeText() : tr("unknown"));
    m_parameters->setText(QLocale().toString(it->parameterCount));
    m_weights->setText(weightsText());
    m_messages->setText(it->messages.join(QLatin1Char('\n')));
    m_messages->setVisible(!it->messages.isEmpty());
}

QString NodeInspector::weightsText() const
{
    if (!m_scene || m_nodeId.isEmpty())
        return {};
    const NetworkDocument* document = m_scene->document();
    const auto it = document->compileResult().nodes.constFind(m_nodeId);
    if (it != document->compileResult().nodes.cend() && it->parameterCount == 0)
        return tr("none");
    switch (document->weightOrigin(m_nodeId)) {
    case WeightOrigin::Imported: return tr("imported");
    case WeightOrigin::Trained: return tr("trained");
    case WeightOrigin::Initial: break;
    }
    return tr("initial (from the seed)");
}

QString NodeInspector::statusText() const
{
    return m_shape->text() + QLatin1Char(' ') + m_parameters->text() + QLatin1Char(' ') + m_messages->text();
}

void NodeInspector::pushParameter(const QString& name, const QVariant& value)
{
    if (m_scene && !m_nodeId.isEmpty())
        GraphEdits::setParameter(m_stack, m_scene->model(), m_nodeId, name, value);
}

void NodeInspector::pushFlags()
{
    if (m_scene && !m_nodeId.isEmpty())
        GraphEdits::setNodeFlags(m_stack, m_scene->model(), m_nodeId, m_trainable->isChecked(), m_l1->value(),
            m_l2->value());
}

} // namespace nw
