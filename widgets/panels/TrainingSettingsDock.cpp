#include "TrainingSettingsDock.h"

#include "LogDoubleSpinBox.h"

#include "io/LessonLocks.h"
#include "model/NetworkDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QSpinBox>
#include <QThread>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>
#include <limits>
#include <map>

namespace nw {

namespace {

constexpr int kMaxEpochs = 1000000; // as TrainingConfig::fromJson accepts
constexpr double kBelowOne = 0.9999; // momentum, betas, alpha: [0, 1)

void setCombo(QComboBox* combo, const QString& data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QDoubleSpinBox* unitSpin(QWidget* parent, const char* name, int decimals)
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(0.0, kBelowOne);
    spin->setDecimals(decimals);
    spin->setSingleStep(decimals > 3 ? 0.001 : 0.01);
    return spin;
}

LogDoubleSpinBox* logSpin(QWidget* parent, const char* name, double minimum, double maximum)
{
    auto* spin = new LogDoubleSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(minimum, maximum);
    return spin;
}

QString minutesAndSeconds(double seconds)
{
    const long long s = std::llround(seconds);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TrainingSettingsDock::TrainingSettingsDock(NetworkDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_actions(new QToolBar(this))
{
    m_actions->setObjectName(QStringLiteral("trainingActions"));
    m_actions->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->setIconSize(QSize(16, 16));

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(buildLossBox());
    layout->addWidget(buildOptimizerBox());
    layout->addWidget(buildScheduleBox());
    layout->addWidget(buildRunBox());
    layout->addWidget(buildEarlyStoppingBox());
    layout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_actions);
    outer->addWidget(scroll, 1);
    outer->addWidget(buildProgressBox());

    // Spin boxes write when the value is committed (Enter, focus out, arrows),
    // not per keystroke: "0." on the way to "0.5" is not a setting.
    for (QAbstractSpinBox* spin : findChildren<QAbstractSpinBox*>())
        spin->setKeyboardTracking(false);

    connect(m_document, &NetworkDocument::projectPartsChanged, this, &TrainingSettingsDock::refresh);
    m_shown = m_document->trainingConfig();
    m_shown.epochs = -1; // force the first refresh
    refresh();
    clearProgress();
}

QWidget* TrainingSettingsDock::buildLossBox()
{
    auto* box = new QGroupBox(tr("Loss"), this);
    m_lossForm = new QFormLayout(box);
    m_loss = new QComboBox(box);
    m_loss->setObjectName(QStringLiteral("loss"));
    m_loss->addItem(tr("Cross-entropy (classes)"), QStringLiteral("cross_entropy"));
    m_loss->addItem(tr("Mean squared error (regression)"), QStringLiteral("mse"));
    m_loss->addItem(tr("Binary cross-entropy with logits"), QStringLiteral("bce_with_logits"));
    m_labelSmoothing = unitSpin(box, "labelSmoothing", 2);
    m_labelSmoothing->setMaximum(0.99);
    m_labelSmoothing->setSpecialValueText(tr("None"));
    m_labelSmoothing->setToolTip(tr("Moves a little of each target's probability to the other classes, so the "
                                    "network is less sure of itself."));
    m_lossForm->addRow(tr("Loss:"), m_loss);
    m_lossForm->addRow(tr("Label smoothing:"), m_labelSmoothing);
    connect(m_loss, &QComboBox::currentIndexChanged, this,
        [this] { edit([this](TrainingConfig& c) { c.loss = m_loss->currentData().toString(); }); });
    connect(m_labelSmoothing, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { edit([v](TrainingConfig& c) { c.labelSmoothing = v; }); });
    return box;
}

QWidget* TrainingSettingsDock::buildOptimizerBox()
{
    auto* box = new QGroupBox(tr("Optimizer"), this);
    m_optimizerForm = new QFormLayout(box);
    m_optimizer = new QComboBox(box);
    m_optimizer->setObjectName(QStringLiteral("optimizer"));
    m_optimizer->addItem(tr("SGD"), QStringLiteral("sgd"));
    m_optimizer->addItem(tr("Adam"), QStringLiteral("adam"));
    m_optimizer->addItem(tr("AdamW"), QStringLiteral("adamw"));
    m_optimizer->addItem(tr("RMSprop"), QStringLiteral("rmsprop"));
    m_learningRate = logSpin(box, "learningRate", 1e-7, 10.0);
    m_learningRate->setToolTip(tr("How big a step each batch takes. The arrows step 1, 2, 5, 10…"));
    m_momentum = unitSpin(box, "momentum", 3);
    m_nesterov = new QCheckBox(tr("Nesterov momentum"), box);
    m_nesterov->setObjectName(QStringLiteral("nesterov"));
    m_nesterov->setToolTip(tr("Looks ahead along the momentum; needs a momentum above 0."));
    m_beta1 = unitSpin(box, "beta1", 4);
    m_beta2 = unitSpin(box, "beta2", 4);
    m_eps = logSpin(box, "eps", 1e-12, 1.0);
    m_alpha = unitSpin(box, "alpha", 4);
    m_weightDecay = logSpin(box, "weightDecay", 0.0, 1.0);
    m_weightDecay->setSpecialValueText(tr("None"));
    m_optimizerForm->addRow(tr("Optimizer:"), m_optimizer);
    m_optimizerForm->addRow(tr("Learning rate:"), m_learningRate);
    m_optimizerForm->addRow(tr("Momentum:"), m_momentum);
    m_optimizerForm->addRow(QString(), m_nesterov);
    m_optimizerForm->addRow(tr("Beta 1:"), m_beta1);
    m_optimizerForm->addRow(tr("Beta 2:"), m_beta2);
    m_optimizerForm->addRow(tr("Epsilon:"), m_eps);
    m_optimizerForm->addRow(tr("Alpha (smoothing):"), m_alpha);
    m_optimizerForm->addRow(tr("Weight decay:"), m_weightDecay);

    connect(m_optimizer, &QComboBox::currentIndexChanged, this,
        [this] { edit([this](TrainingConfig& c) { c.optimizer.name = m_optimizer->currentData().toString(); }); });
    connect(m_learningRate, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { edit([v](TrainingConfig& c) { c.learningRate = v; }); });
    connect(m_momentum, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit([v](TrainingConfig& c) {
            c.optimizer.momentum = v;
            if (v <= 0.0)
                c.optimizer.nesterov = false; // fromJson refuses Nesterov without momentum
        });
    });
    connect(m_nesterov, &QCheckBox::toggled, this,
        [this](bool on) { edit([on](TrainingConfig& c) { c.optimizer.nesterov = on && c.optimizer.momentum > 0; }); });
    connect(m_beta1, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { edit([v](TrainingConfig& c) { c.optimizer.beta1 = v; }); });
    connect(m_beta2, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { edit([v](TrainingConfig& c) { c.optimizer.beta2 = v; }); });
    connect(m_eps, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { edit([v](TrainingConfig& c) { c.optimizer.eps = v; }); });
    connect(m_alpha, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { edit([v](TrainingConfig& c) { c.optimizer.alpha = v; }); });
    connect(m_weightDecay, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { edit([v](TrainingConfig& c) { c.optimizer.weightDecay = v; }); });
    return box;
}

QWidget* TrainingSettingsDock::buildScheduleBox()
{
    auto* box = new QGroupBox(tr("Learning-rate schedule"), this);
    m_scheduleForm = new QFormLayout(box);
    m_scheduleKind = new QComboBox(box);
    m_scheduleKind->setObjectName(QStringLiteral("scheduleKind"));
    m_scheduleKind->addItem(tr("Constant"), QStringLiteral("constant"));
    m_scheduleKind->addItem(tr("Step (multiply every few epochs)"), QStringLiteral("step"));
    m_scheduleKind->addItem(tr("Exponential (multiply every epoch)"), QStringLiteral("exponential"));
    m_scheduleKind->addItem(tr("Cosine (down to a minimum)"), QStringLiteral("cosine"));
    m_stepEpochs = new QSpinBox(box);
    m_stepEpochs->setObjectName(QStringLiteral("stepEpochs"));
    m_stepEpochs->setRange(1, kMaxEpochs);
    m_stepEpochs->setSuffix(tr(" epochs"));
    m_gamma = new QDoubleSpinBox(box);
    m_gamma->setObjectName(QStringLiteral("gamma"));
    m_gamma->setRange(0.001, 10.0);
    m_gamma->setDecimals(3);
    m_gamma->setSingleStep(0.05);
    m_gamma->setToolTip(tr("The factor the learning rate is multiplied by."));
    m_totalEpochs = new QSpinBox(box);
    m_totalEpochs->setObjectName(QStringLiteral("totalEpochs"));
    m_totalEpochs->setRange(0, kMaxEpochs);
    m_totalEpochs->setSpecialValueText(tr("All epochs of the run"));
    m_minLearningRate = logSpin(box, "minLearningRate", 0.0, 10.0);
    m_warmupEpochs = new QDoubleSpinBox(box);
    m_warmupEpochs->setObjectName(QStringLiteral("warmupEpochs"));
    m_warmupEpochs->setRange(0.0, 1000.0);
    m_warmupEpochs->setDecimals(1);
    m_warmupEpochs->setSpecialValueText(tr("None"));
    m_warmupEpochs->setToolTip(tr("Epochs over which the learning rate rises from 0 to its value at the start."));
    m_scheduleForm->addRow(tr("Schedule:"), m_scheduleKind);
    m_scheduleForm->addRow(tr("Every:"), m_stepEpochs);
    m_scheduleForm->addRow(tr("Factor (gamma):"), m_gamma);
    m_scheduleForm->addRow(tr("Length:"), m_totalEpochs);
    m_scheduleForm->addRow(tr("Minimum rate:"), m_minLearningRate);
    m_scheduleForm->addRow(tr("Warm-up epochs:"), m_warmupEpochs);
    connect(m_scheduleKind, &QComboBox::currentIndexChanged, this,
        [this] { edit([this](TrainingConfig& c) { c.schedule.kind = m_scheduleKind->currentData().toString(); }); });
    connect(m_stepEpochs, &QSpinBox::valueChanged, this,
        [this](int v) { edit([v](TrainingConfig& c) { c.schedule.stepEpochs = v; }); });
    connect(m_gamma, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { edit([v](TrainingConfig& c) { c.schedule.gamma = v; }); });
    connect(m_totalEpochs, &QSpinBox::valueChanged, this,
        [this](int v) { edit([v](TrainingConfig& c) { c.schedule.totalEpochs = v; }); });
    connect(m_minLearningRate, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { edit([v](TrainingConfig& c) { c.schedule.minLearningRate = v; }); });
    connect(m_warmupEpochs, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { edit([v](TrainingConfig& c) { c.schedule.warmupEpochs = v; }); });
    return box;
}

QWidget* TrainingSettingsDock::buildRunBox()
{
    auto* box = new QGroupBox(tr("Run"), this);
    auto* form = new QFormLayout(box);
    m_batchSize = new QSpinBox(box);
    m_batchSize->setObjectName(QStringLiteral("batchSize"));
    m_batchSize->setRange(1, 65536);
    m_epochs = new QSpinBox(box);
    m_epochs->setObjectName(QStringLiteral("epochs"));
    m_epochs->setRange(1, kMaxEpochs);
    m_seed = new QSpinBox(box);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setToolTip(tr("Initial weights, batch order and dropout: the same seed gives the same run."));
    m_threads = new QSpinBox(box);
    m_threads->setObjectName(QStringLiteral("threads"));
    m_threads->setRange(0, 1024);
    m_threads->setSpecialValueText(tr("All cores (%1)").arg(QThread::idealThreadCount()));
    m_gradientClip = new QDoubleSpinBox(box);
    m_gradientClip->setObjectName(QStringLiteral("gradientClipNorm"));
    m_gradientClip->setRange(0.0, 1000.0);
    m_gradientClip->setDecimals(2);
    m_gradientClip->setSingleStep(0.5);
    m_gradientClip->setSpecialValueText(tr("Off"));
    m_gradientClip->setToolTip(tr("Scales the gradients down when their overall length exceeds this; "
                                  "tames exploding gradients."));
    form->addRow(tr("Batch size:"), m_batchSize);
    form->addRow(tr("Epochs:"), m_epochs);
    form->addRow(tr("Seed:"), m_seed);
    form->addRow(tr("Threads:"), m_threads);
    form->addRow(tr("Gradient clipping:"), m_gradientClip);
    connect(m_batchSize, &QSpinBox::valueChanged, this,
        [this](int v) { edit([v](TrainingConfig& c) { c.batchSize = v; }); });
    connect(m_epochs, &QSpinBox::valueChanged, this, [this](int v) { edit([v](TrainingConfig& c) { c.epochs = v; }); });
    connect(m_seed, &QSpinBox::valueChanged, this,
        [this](int v) { edit([v](TrainingConfig& c) { c.seed = static_cast<std::uint64_t>(v); }); });
    connect(m_threads, &QSpinBox::valueChanged, this,
        [this](int v) { edit([v](TrainingConfig& c) { c.threads = v; }); });
    connect(m_gradientClip, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { edit([v](TrainingConfig& c) { c.gradientClipNorm = v; }); });
    return box;
}

QWidget* TrainingSettingsDock::buildEarlyStoppingBox()
{
    m_earlyStopping = new QGroupBox(tr("Stop early when validation loss stops improving"), this);
    m_earlyStopping->setObjectName(QStringLiteral("earlyStopping"));
    m_earlyStopping->setCheckable(true); // unchecked disables the editors inside
    auto* form = new QFormLayout(m_earlyStopping);
    m_patience = new QSpinBox(m_earlyStopping);
    m_patience->setObjectName(QStringLiteral("patience"));
    m_patience->setRange(0, kMaxEpochs);
    m_patience->setSuffix(tr(" epochs"));
    m_minDelta = new QDoubleSpinBox(m_earlyStopping);
    m_minDelta->setObjectName(QStringLiteral("minDelta"));
    m_minDelta->setRange(0.0, 100.0);
    m_minDelta->setDecimals(4);
    m_minDelta->setSingleStep(0.001);
    m_minDelta->setToolTip(tr("A smaller drop of the validation loss does not count as improving."));
    m_restoreBest = new QCheckBox(tr("Keep the best epoch's weights"), m_earlyStopping);
    m_restoreBest->setObjectName(QStringLiteral("restoreBestWeights"));
    form->addRow(tr("Patience:"), m_patience);
    form->addRow(tr("Minimum improvement:"), m_minDelta);
    form->addRow(m_restoreBest);
    connect(m_earlyStopping, &QGroupBox::toggled, this,
        [this](bool on) { edit([on](TrainingConfig& c) { c.earlyStopping.enabled = on; }); });
    connect(m_patience, &QSpinBox::valueChanged, this,
        [this](int v) { edit([v](TrainingConfig& c) { c.earlyStopping.patience = v; }); });
    connect(m_minDelta, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { edit([v](TrainingConfig& c) { c.earlyStopping.minDelta = v; }); });
    connect(m_restoreBest, &QCheckBox::toggled, this,
        [this](bool on) { edit([on](TrainingConfig& c) { c.earlyStopping.restoreBestWeights = on; }); });
    return m_earlyStopping;
}

QWidget* TrainingSettingsDock::buildProgressBox()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    m_epochProgress = new QProgressBar(box);
    m_epochProgress->setObjectName(QStringLiteral("epochProgress"));
    m_batchProgress = new QProgressBar(box);
    m_batchProgress->setObjectName(QStringLiteral("batchProgress"));
    m_timeLeft = new QLabel(box);
    m_timeLeft->setObjectName(QStringLiteral("timeLeft"));
    layout->addWidget(m_epochProgress);
    layout->addWidget(m_batchProgress);
    layout->addWidget(m_timeLeft);
    return box;
}

void TrainingSettingsDock::setProgress(int epoch, int epochs, int batch, int batches, double secondsLeft)
{
    m_epochProgress->setRange(0, std::max(1, epochs));
    m_epochProgress->setValue(std::clamp(epoch, 0, std::max(1, epochs)));
    m_epochProgress->setFormat(tr("Epoch %1 of %2").arg(epoch).arg(epochs));
    m_batchProgress->setRange(0, std::max(1, batches));
    m_batchProgress->setValue(std::clamp(batch, 0, std::max(1, batches)));
    m_batchProgress->setFormat(
        tr("Batch %1 of %2").arg(QLocale().toString(batch), QLocale().toString(batches)));
    m_timeLeft->setText(secondsLeft >= 0.0 ? tr("About %1 left").arg(minutesAndSeconds(secondsLeft))
                                           : tr("Estimating the time left…"));
}

void TrainingSettingsDock::clearProgress()
{
    for (QProgressBar* bar : { m_epochProgress, m_batchProgress }) {
        bar->setRange(0, 1);
        bar->setValue(0);
    }
    m_epochProgress->setFormat(tr("Not training"));
    m_batchProgress->setFormat(QString());
    m_timeLeft->clear();
}

void TrainingSettingsDock::edit(const std::function<void(TrainingConfig&)>& change)
{
    if (m_refreshing)
        return;
    TrainingConfig config = m_document->trainingConfig();
    change(config);
    m_shown = config;
    updateApplicable(config);
    m_document->setTrainingConfig(config); // one change; marks the document modified
    refresh(); // shows a field the edit adjusted too (momentum 0 turns Nesterov off)
}

void TrainingSettingsDock::refresh()
{
    const TrainingConfig& c = m_document->trainingConfig();
    if (c == m_shown && m_nesterov->isChecked() == c.optimizer.nesterov)
        return;
    m_shown = c;
    m_refreshing = true;
    setCombo(m_loss, c.loss);
    m_labelSmoothing->setValue(c.labelSmoothing);
    setCombo(m_optimizer, c.optimizer.name);
    m_learningRate->setValue(c.learningRate);
    m_momentum->setValue(c.optimizer.momentum);
    m_nesterov->setChecked(c.optimizer.nesterov);
    m_beta1->setValue(c.optimizer.beta1);
    m_beta2->setValue(c.optimizer.beta2);
    m_eps->setValue(c.optimizer.eps);
    m_alpha->setValue(c.optimizer.alpha);
    m_weightDecay->setValue(c.optimizer.weightDecay);
    setCombo(m_scheduleKind, c.schedule.kind);
    m_stepEpochs->setValue(c.schedule.stepEpochs);
    m_gamma->setValue(c.schedule.gamma);
    m_totalEpochs->setValue(c.schedule.totalEpochs);
    m_minLearningRate->setValue(c.schedule.minLearningRate);
    m_warmupEpochs->setValue(c.schedule.warmupEpochs);
    m_batchSize->setValue(c.batchSize);
    m_epochs->setValue(c.epochs);
    m_seed->setValue(static_cast<int>(std::min<std::uint64_t>(c.seed, std::numeric_limits<int>::max())));
    m_threads->setValue(c.threads);
    m_gradientClip->setValue(c.gradientClipNorm);
    m_earlyStopping->setChecked(c.earlyStopping.enabled);
    m_patience->setValue(c.earlyStopping.patience);
    m_minDelta->setValue(c.earlyStopping.minDelta);
    m_restoreBest->setChecked(c.earlyStopping.restoreBestWeights);
    m_refreshing = false;
    updateApplicable(c);
}

void TrainingSettingsDock::updateApplicable(const TrainingConfig& c)
{
    m_lossForm->setRowVisible(m_labelSmoothing, c.loss == QLatin1String("cross_entropy"));

    const QString& o = c.optimizer.name;
    const bool sgd = o == QLatin1String("sgd");
    const bool adam = o == QLatin1String("adam") || o == QLatin1String("adamw");
    const bool rmsprop = o == QLatin1String("rmsprop");
    m_optimizerForm->setRowVisible(m_momentum, sgd || rmsprop);
    m_optimizerForm->setRowVisible(m_nesterov, sgd);
    m_nesterov->setEnabled(c.optimizer.momentum > 0.0);
    m_optimizerForm->setRowVisible(m_beta1, adam);
    m_optimizerForm->setRowVisible(m_beta2, adam);
    m_optimizerForm->setRowVisible(m_eps, adam || rmsprop);
    m_optimizerForm->setRowVisible(m_alpha, rmsprop);

    const QString& s = c.schedule.kind;
    m_scheduleForm->setRowVisible(m_stepEpochs, s == QLatin1String("step"));
    m_scheduleForm->setRowVisible(m_gamma, s == QLatin1String("step") || s == QLatin1String("exponential"));
    m_scheduleForm->setRowVisible(m_totalEpochs, s == QLatin1String("cosine"));
    m_scheduleForm->setRowVisible(m_minLearningRate, s == QLatin1String("cosine"));
    applyEditable();
}

void TrainingSettingsDock::setEditableSettings(const std::optional<QStringList>& names)
{
    m_editable = names;
    updateApplicable(m_shown);
}

std::map<QString, std::vector<QWidget*>> TrainingSettingsDock::editorsBySetting() const
{
    return {
        { QStringLiteral("loss"), { m_loss } },
        { QStringLiteral("label_smoothing"), { m_labelSmoothing } },
        { QStringLiteral("optimizer"), { m_optimizer } },
        { QStringLiteral("learning_rate"), { m_learningRate } },
        { QStringLiteral("momentum"), { m_momentum } },
        { QStringLiteral("nesterov"), { m_nesterov } },
        { QStringLiteral("beta1"), { m_beta1 } },
        { QStringLiteral("beta2"), { m_beta2 } },
        { QStringLiteral("eps"), { m_eps } },
        { QStringLiteral("alpha"), { m_alpha } },
        { QStringLiteral("weight_decay"), { m_weightDecay } },
        { QStringLiteral("schedule"),
            { m_scheduleKind, m_stepEpochs, m_gamma, m_totalEpochs, m_minLearningRate, m_warmupEpochs } },
        { QStringLiteral("batch_size"), { m_batchSize } },
        { QStringLiteral("epochs"), { m_epochs } },
        { QStringLiteral("seed"), { m_seed } },
        { QStringLiteral("threads"), { m_threads } },
        { QStringLiteral("gradient_clip_norm"), { m_gradientClip } },
        { QStringLiteral("early_stopping"), { m_earlyStopping } },
    };
}

std::vector<QWidget*> TrainingSettingsDock::editorsOf(const QString& name) const
{
    const std::map<QString, std::vector<QWidget*>> editors = editorsBySetting();
    const auto it = editors.find(name);
    return it == editors.end() ? std::vector<QWidget*> {} : it->second;
}

void TrainingSettingsDock::applyEditable()
{
    // The names are the project file's, from their one list; a test checks that each
    // has its editors here.
    const std::map<QString, std::vector<QWidget*>> editors = editorsBySetting();
    for (const QString& name : LessonLocks::trainingSettingNames()) {
        const auto it = editors.find(name);
        if (it == editors.end())
            continue;
        const bool editable = !m_editable || m_editable->contains(name);
        for (QWidget* widget : it->second)
            widget->setEnabled(editable && (widget != m_nesterov || m_shown.optimizer.momentum > 0.0));
    }
}

} // namespace nw
