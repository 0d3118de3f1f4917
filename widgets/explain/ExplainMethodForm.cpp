#include "ExplainMethodForm.h"

#include "ExplainTexts.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace nw {

namespace {

const std::vector<ExplainMethod>& sampleMethods()
{
    static const std::vector<ExplainMethod> methods { ExplainMethod::Gradient, ExplainMethod::GradientXInput,
        ExplainMethod::SmoothGrad, ExplainMethod::IntegratedGradients, ExplainMethod::GradCam, ExplainMethod::Occlusion,
        ExplainMethod::Lime, ExplainMethod::KernelShap };
    return methods;
}

bool uses(const std::vector<ExplainMethod>& methods, std::initializer_list<ExplainMethod> any)
{
    return std::any_of(methods.begin(), methods.end(),
        [&](ExplainMethod m) { return std::find(any.begin(), any.end(), m) != any.end(); });
}

} // namespace

ExplainMethodForm::ExplainMethodForm(QWidget* parent)
    : QWidget(parent)
    , m_methods(new QListWidget(this))
    , m_target(new QComboBox(this))
    , m_parameters(new QFormLayout)
    , m_steps(new QSpinBox(this))
    , m_baseline(new QComboBox(this))
    , m_window(new QSpinBox(this))
    , m_stride(new QSpinBox(this))
    , m_samples(new QSpinBox(this))
    , m_noise(new QDoubleSpinBox(this))
    , m_superpixels(new QSpinBox(this))
    , m_node(new QComboBox(this))
{
    m_methods->setObjectName(QStringLiteral("explainMethods"));
    m_methods->setToolTip(tr("Tick up to four methods to compare them side by side."));
    for (ExplainMethod method : sampleMethods()) {
        auto* item = new QListWidgetItem(ExplainTexts::methodTitle(method), m_methods);
        item->setData(Qt::UserRole, static_cast<int>(method));
        item->setToolTip(ExplainTexts::methodToolTip(method));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(method == ExplainMethod::Gradient ? Qt::Checked : Qt::Unchecked);
    }
    m_methods->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_methods->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    m_target->setObjectName(QStringLiteral("explainTarget"));
    m_target->setToolTip(tr("Whose score the map explains."));
    m_steps->setRange(2, 1000);
    m_steps->setValue(50);
    m_steps->setToolTip(tr("Points on the straight path from the baseline to the sample."));
    for (ExplainBaseline baseline : { ExplainBaseline::Zeros, ExplainBaseline::Mean, ExplainBaseline::Blur })
        m_baseline->addItem(ExplainTexts::baselineTitle(baseline), static_cast<int>(baseline));
    m_baseline->setToolTip(
        tr("What \"nothing\" looks like: where the path starts, what covers a window or a switched-off part."));
    m_window->setRange(1, 64);
    m_window->setValue(4);
    m_window->setSuffix(tr(" px"));
    m_stride->setRange(1, 64);
    m_stride->setValue(2);
    m_stride->setSuffix(tr(" px"));
    m_samples->setRange(0, 20000);
    m_samples->setSpecialValueText(tr("default"));
    m_samples->setSingleStep(25);
    m_samples->setToolTip(
        tr("Noisy copies (SmoothGrad) or perturbed inputs (LIME, SHAP); \"default\" lets the method choose."));
    m_noise->setRange(0.0, 1.0);
    m_noise->setSingleStep(0.05);
    m_noise->setDecimals(2);
    m_noise->setValue(0.15);
    m_noise->setToolTip(tr("Noise as a fraction of the input's value range."));
    m_superpixels->setRange(4, 400);
    m_superpixels->setValue(50);
    m_superpixels->setToolTip(tr("How many regions LIME and SHAP cut the image into."));
    m_node->setObjectName(QStringLiteral("explainNode"));
    m_node->setToolTip(tr("The convolution layer whose feature maps Grad-CAM weighs."));

    m_parameters->addRow(tr("Steps:"), m_steps);
    m_parameters->addRow(tr("Baseline:"), m_baseline);
    m_parameters->addRow(tr("Window:"), m_window);
    m_parameters->addRow(tr("Stride:"), m_stride);
    m_parameters->addRow(tr("Samples:"), m_samples);
    m_parameters->addRow(tr("Noise:"), m_noise);
    m_parameters->addRow(tr("Regions:"), m_superpixels);
    m_parameters->addRow(tr("Layer:"), m_node);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Methods:"), this));
    layout->addWidget(m_methods);
    auto* targetRow = new QFormLayout;
    targetRow->addRow(tr("Explain:"), m_target);
    layout->addLayout(targetRow);
    layout->addLayout(m_parameters);

    connect(m_methods, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_updating)
            return;
        if (item->checkState() == Qt::Checked && static_cast<int>(methods().size()) > kMaxMethods) {
            const QSignalBlocker block(m_methods);
            item->setCheckState(Qt::Unchecked);
            Q_EMIT tooManyMethods();
            return;
        }
        updateRows();
        Q_EMIT changed();
    });
    const auto emitChanged = [this] {
        if (!m_updating)
            Q_EMIT changed();
    };
    connect(m_target, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_baseline, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_node, &QComboBox::currentIndexChanged, this, emitChanged);
    for (QSpinBox* box : { m_steps, m_window, m_stride, m_samples, m_superpixels })
        connect(box, &QSpinBox::valueChanged, this, emitChanged);
    connect(m_noise, &QDoubleSpinBox::valueChanged, this, emitChanged);
    setModel(true, 28, {}, {});
}

void ExplainMethodForm::setModel(
    bool imageInput, int inputSide, const QStringList& classNames, const QStringList& spatialNodes)
{
    m_updating = true;
    m_imageInput = imageInput;
    const int target = targetChoice();
    m_target->clear();
    m_target->addItem(tr("Predicted class"), kPredictedClass);
    m_target->addItem(tr("True class"), kTrueClass);
    for (int c = 0; c < classNames.size(); ++c)
        m_target->addItem(classNames[c], c);
    const int at = m_target->findData(target);
    m_target->setCurrentIndex(at >= 0 ? at : 0);

    const QString node = m_node->currentText();
    m_node->clear();
    m_node->addItems(spatialNodes);
    const int nodeAt = m_node->findText(node);
    m_node->setCurrentIndex(nodeAt >= 0 ? nodeAt : m_node->count() - 1); // the last layer sees the most

    const int side = std::max(1, inputSide);
    m_window->setMaximum(side);
    m_stride->setMaximum(side);
    for (int row = 0; row < m_methods->count(); ++row) {
        QListWidgetItem* item = m_methods->item(row);
        const auto method = static_cast<ExplainMethod>(item->data(Qt::UserRole).toInt());
        const bool offered = isOffered(method);
        item->setHidden(!offered);
        if (!offered)
            item->setCheckState(Qt::Unchecked);
    }
    if (methods().empty())
        m_methods->item(0)->setCheckState(Qt::Checked); // always something to show
    m_updating = false;
    updateRows();
}

bool ExplainMethodForm::isOffered(ExplainMethod method) const
{
    switch (method) {
    case ExplainMethod::GradCam:
        return m_imageInput && m_node->count() > 0;
    case ExplainMethod::Occlusion:
        return m_imageInput;
    case ExplainMethod::Activations:
    case ExplainMethod::Projection:
        return false;
    default:
        return true;
    }
}

std::vector<ExplainMethod> ExplainMethodForm::methods() const
{
    std::vector<ExplainMethod> out;
    for (int row = 0; row < m_methods->count(); ++row) {
        const QListWidgetItem* item = m_methods->item(row);
        if (!item->isHidden() && item->checkState() == Qt::Checked)
            out.push_back(static_cast<ExplainMethod>(item->data(Qt::UserRole).toInt()));
    }
    return out;
}

void ExplainMethodForm::setMethods(const std::vector<ExplainMethod>& wanted)
{
    m_updating = true;
    int ticked = 0;
    for (int row = 0; row < m_methods->count(); ++row) {
        QListWidgetItem* item = m_methods->item(row);
        const auto method = static_cast<ExplainMethod>(item->data(Qt::UserRole).toInt());
        const bool on = isOffered(method) && ticked < kMaxMethods
            && std::find(wanted.begin(), wanted.end(), method) != wanted.end();
        ticked += on ? 1 : 0;
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    updateRows();
    Q_EMIT changed();
}

int ExplainMethodForm::targetChoice() const
{
    return m_target->count() ? m_target->currentData().toInt() : kPredictedClass;
}

void ExplainMethodForm::setTargetChoice(int choice)
{
    const int at = m_target->findData(choice);
    if (at >= 0)
        m_target->setCurrentIndex(at);
}

ExplainOptions ExplainMethodForm::options(ExplainMethod method) const
{
    ExplainOptions options;
    options.method = method;
    options.steps = m_steps->value();
    options.baseline = static_cast<ExplainBaseline>(m_baseline->currentData().toInt());
    options.window = m_window->value();
    options.stride = m_stride->value();
    options.samples = m_samples->value();
    options.noise = static_cast<float>(m_noise->value());
    options.superpixels = m_superpixels->value();
    if (method == ExplainMethod::GradCam)
        options.node = m_node->currentText().toStdString();
    return options;
}

void ExplainMethodForm::updateRows()
{
    using M = ExplainMethod;
    const std::vector<ExplainMethod> on = methods();
    m_parameters->setRowVisible(m_steps, uses(on, { M::IntegratedGradients }));
    m_parameters->setRowVisible(m_baseline, uses(on, { M::IntegratedGradients, M::Occlusion, M::Lime, M::KernelShap }));
    m_parameters->setRowVisible(m_window, uses(on, { M::Occlusion }));
    m_parameters->setRowVisible(m_stride, uses(on, { M::Occlusion }));
    m_parameters->setRowVisible(m_samples, uses(on, { M::SmoothGrad, M::Lime, M::KernelShap }));
    m_parameters->setRowVisible(m_noise, uses(on, { M::SmoothGrad }));
    m_parameters->setRowVisible(m_superpixels, m_imageInput && uses(on, { M::Lime, M::KernelShap }));
    m_parameters->setRowVisible(m_node, uses(on, { M::GradCam }));
}

} // namespace nw
