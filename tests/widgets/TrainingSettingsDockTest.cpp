// The training dock: every editor writes its TrainingConfig field (and marks the
// document modified), a changed document refreshes the editors, and only the
// settings that apply are shown.
#include "panels/LogDoubleSpinBox.h"
#include "panels/TrainingSettingsDock.h"

#include "io/LessonLocks.h"
#include "model/NetworkDocument.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QSpinBox>
#include <QToolBar>

#include <functional>

using namespace nw;

namespace {

template <typename T>
T* child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QLatin1String(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

void selectData(QComboBox* combo, const char* data)
{
    const int index = combo->findData(QLatin1String(data));
    ASSERT_GE(index, 0) << data;
    combo->setCurrentIndex(index);
}

struct EditorCase {
    const char* name;
    std::function<void(TrainingSettingsDock&)> change;
    std::function<bool(const TrainingConfig&)> written;
};

} // namespace

TEST(TrainingSettingsDock, EveryEditorWritesItsFieldAndMarksTheDocumentModified)
{
    const std::vector<EditorCase> cases = {
        { "loss", [](auto& d) { selectData(child<QComboBox>(d, "loss"), "mse"); },
            [](const auto& c) { return c.loss == QLatin1String("mse"); } },
        { "labelSmoothing", [](auto& d) { child<QDoubleSpinBox>(d, "labelSmoothing")->setValue(0.1); },
            [](const auto& c) { return c.labelSmoothing == 0.1; } },
        { "optimizer", [](auto& d) { selectData(child<QComboBox>(d, "optimizer"), "rmsprop"); },
            [](const auto& c) { return c.optimizer.name == QLatin1String("rmsprop"); } },
        { "learningRate", [](auto& d) { child<QDoubleSpinBox>(d, "learningRate")->setValue(0.05); },
            [](const auto& c) { return c.learningRate == 0.05; } },
        { "momentum", [](auto& d) { child<QDoubleSpinBox>(d, "momentum")->setValue(0.9); },
            [](const auto& c) { return c.optimizer.momentum == 0.9; } },
        { "nesterov",
            [](auto& d) {
                child<QDoubleSpinBox>(d, "momentum")->setValue(0.9);
                child<QCheckBox>(d, "nesterov")->setChecked(true);
            },
            [](const auto& c) { return c.optimizer.nesterov; } },
        { "beta1", [](auto& d) { child<QDoubleSpinBox>(d, "beta1")->setValue(0.8); },
            [](const auto& c) { return c.optimizer.beta1 == 0.8; } },
        { "beta2", [](auto& d) { child<QDoubleSpinBox>(d, "beta2")->setValue(0.99); },
            [](const auto& c) { return c.optimizer.beta2 == 0.99; } },
        { "eps", [](auto& d) { child<QDoubleSpinBox>(d, "eps")->setValue(1e-6); },
            [](const auto& c) { return std::abs(c.optimizer.eps - 1e-6) < 1e-15; } },
        { "alpha", [](auto& d) { child<QDoubleSpinBox>(d, "alpha")->setValue(0.9); },
            [](const auto& c) { return c.optimizer.alpha == 0.9; } },
        { "weightDecay", [](auto& d) { child<QDoubleSpinBox>(d, "weightDecay")->setValue(0.01); },
            [](const auto& c) { return c.optimizer.weightDecay == 0.01; } },
        { "scheduleKind", [](auto& d) { selectData(child<QComboBox>(d, "scheduleKind"), "cosine"); },
            [](const auto& c) { return c.schedule.kind == QLatin1String("cosine"); } },
        { "stepEpochs", [](auto& d) { child<QSpinBox>(d, "stepEpochs")->setValue(3); },
            [](const auto& c) { return c.schedule.stepEpochs == 3; } },
        { "gamma", [](auto& d) { child<QDoubleSpinBox>(d, "gamma")->setValue(0.5); },
            [](const auto& c) { return c.schedule.gamma == 0.5; } },
        { "totalEpochs", [](auto& d) { child<QSpinBox>(d, "totalEpochs")->setValue(40); },
            [](const auto& c) { return c.schedule.totalEpochs == 40; } },
        { "minLearningRate", [](auto& d) { child<QDoubleSpinBox>(d, "minLearningRate")->setValue(1e-5); },
            [](const auto& c) { return std::abs(c.schedule.minLearningRate - 1e-5) < 1e-15; } },
        { "warmupEpochs", [](auto& d) { child<QDoubleSpinBox>(d, "warmupEpochs")->setValue(2.5); },
            [](const auto& c) { return c.schedule.warmupEpochs == 2.5; } },
        { "batchSize", [](auto& d) { child<QSpinBox>(d, "batchSize")->setValue(128); },
            [](const auto& c) { return c.batchSize == 128; } },
        { "epochs", [](auto& d) { child<QSpinBox>(d, "epochs")->setValue(25); },
            [](const auto& c) { return c.epochs == 25; } },
        { "seed", [](auto& d) { child<QSpinBox>(d, "seed")->setValue(1234); },
            [](const auto& c) { return c.seed == 1234u; } },
        { "threads", [](auto& d) { child<QSpinBox>(d, "threads")->setValue(2); },
            [](const auto& c) { return c.threads == 2; } },
        { "gradientClipNorm", [](auto& d) { child<QDoubleSpinBox>(d, "gradientClipNorm")->setValue(1.5); },
            [](const auto& c) { return c.gradientClipNorm == 1.5; } },
        { "earlyStopping", [](auto& d) { child<QGroupBox>(d, "earlyStopping")->setChecked(true); },
            [](const auto& c) { return c.earlyStopping.enabled; } },
        { "patience", [](auto& d) { child<QSpinBox>(d, "patience")->setValue(9); },
            [](const auto& c) { return c.earlyStopping.patience == 9; } },
        { "minDelta", [](auto& d) { child<QDoubleSpinBox>(d, "minDelta")->setValue(0.002); },
            [](const auto& c) { return c.earlyStopping.minDelta == 0.002; } },
        { "restoreBestWeights", [](auto& d) { child<QCheckBox>(d, "restoreBestWeights")->setChecked(false); },
            [](const auto& c) { return !c.earlyStopping.restoreBestWeights; } },
    };
    for (const EditorCase& editor : cases) {
        NetworkDocument document;
        TrainingSettingsDock dock(&document);
        ASSERT_FALSE(document.isModified());
        const TrainingConfig before = document.trainingConfig();
        editor.change(dock);
        EXPECT_TRUE(editor.written(document.trainingConfig())) << editor.name;
        EXPECT_NE(document.trainingConfig(), before) << editor.name;
        EXPECT_TRUE(document.isModified()) << editor.name;
        // Whatever the editors make must be a configuration the project file accepts.
        QString error;
        EXPECT_TRUE(TrainingConfig::fromJson(document.trainingConfig().toJson(), &error).has_value())
            << editor.name << ": " << error.toStdString();
    }
}

TEST(TrainingSettingsDock, DocumentChangesRefreshTheEditors)
{
    NetworkDocument document;
    TrainingSettingsDock dock(&document);
    TrainingConfig config;
    config.loss = QStringLiteral("mse");
    config.optimizer.name = QStringLiteral("sgd");
    config.optimizer.momentum = 0.8;
    config.optimizer.nesterov = true;
    config.learningRate = 0.02;
    config.schedule.kind = QStringLiteral("step");
    config.schedule.stepEpochs = 4;
    config.batchSize = 64;
    config.epochs = 30;
    config.seed = 77;
    config.threads = 3;
    config.earlyStopping.enabled = true;
    config.earlyStopping.patience = 2;
    document.setTrainingConfig(config);
    EXPECT_EQ(child<QComboBox>(dock, "loss")->currentData().toString(), QStringLiteral("mse"));
    EXPECT_EQ(child<QComboBox>(dock, "optimizer")->currentData().toString(), QStringLiteral("sgd"));
    EXPECT_DOUBLE_EQ(child<QDoubleSpinBox>(dock, "momentum")->value(), 0.8);
    EXPECT_TRUE(child<QCheckBox>(dock, "nesterov")->isChecked());
    EXPECT_DOUBLE_EQ(child<QDoubleSpinBox>(dock, "learningRate")->value(), 0.02);
    EXPECT_EQ(child<QComboBox>(dock, "scheduleKind")->currentData().toString(), QStringLiteral("step"));
    EXPECT_EQ(child<QSpinBox>(dock, "stepEpochs")->value(), 4);
    EXPECT_EQ(child<QSpinBox>(dock, "batchSize")->value(), 64);
    EXPECT_EQ(child<QSpinBox>(dock, "epochs")->value(), 30);
    EXPECT_EQ(child<QSpinBox>(dock, "seed")->value(), 77);
    EXPECT_EQ(child<QSpinBox>(dock, "threads")->value(), 3);
    EXPECT_TRUE(child<QGroupBox>(dock, "earlyStopping")->isChecked());
    EXPECT_EQ(child<QSpinBox>(dock, "patience")->value(), 2);
    EXPECT_EQ(document.trainingConfig(), config) << "showing the document must not write it back";

    // Loading a project replaces the settings and the editors follow.
    QString error;
    ASSERT_TRUE(document.load(QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples/iris.nwproj"), &error))
        << error.toStdString();
    EXPECT_EQ(child<QSpinBox>(dock, "epochs")->value(), document.trainingConfig().epochs);
    EXPECT_EQ(child<QComboBox>(dock, "optimizer")->currentData().toString(), document.trainingConfig().optimizer.name);
    EXPECT_DOUBLE_EQ(child<QDoubleSpinBox>(dock, "learningRate")->value(), document.trainingConfig().learningRate);
    EXPECT_FALSE(document.isModified());
}

TEST(TrainingSettingsDock, ShowsOnlyTheSettingsThatApply)
{
    NetworkDocument document;
    TrainingSettingsDock dock(&document);
    selectData(child<QComboBox>(dock, "optimizer"), "sgd");
    EXPECT_FALSE(child<QDoubleSpinBox>(dock, "momentum")->isHidden());
    EXPECT_FALSE(child<QCheckBox>(dock, "nesterov")->isHidden());
    EXPECT_TRUE(child<QDoubleSpinBox>(dock, "beta1")->isHidden());
    EXPECT_TRUE(child<QDoubleSpinBox>(dock, "alpha")->isHidden());
    EXPECT_FALSE(child<QCheckBox>(dock, "nesterov")->isEnabled()) << "Nesterov needs momentum";
    child<QDoubleSpinBox>(dock, "momentum")->setValue(0.9);
    EXPECT_TRUE(child<QCheckBox>(dock, "nesterov")->isEnabled());
    child<QCheckBox>(dock, "nesterov")->setChecked(true);
    child<QDoubleSpinBox>(dock, "momentum")->setValue(0.0);
    EXPECT_FALSE(document.trainingConfig().optimizer.nesterov) << "momentum 0 turns Nesterov off";
    EXPECT_FALSE(child<QCheckBox>(dock, "nesterov")->isChecked());

    selectData(child<QComboBox>(dock, "optimizer"), "adamw");
    EXPECT_FALSE(child<QDoubleSpinBox>(dock, "beta1")->isHidden());
    EXPECT_FALSE(child<QDoubleSpinBox>(dock, "eps")->isHidden());
    EXPECT_TRUE(child<QDoubleSpinBox>(dock, "momentum")->isHidden());

    selectData(child<QComboBox>(dock, "scheduleKind"), "constant");
    EXPECT_TRUE(child<QSpinBox>(dock, "stepEpochs")->isHidden());
    EXPECT_TRUE(child<QDoubleSpinBox>(dock, "gamma")->isHidden());
    selectData(child<QComboBox>(dock, "scheduleKind"), "exponential");
    EXPECT_FALSE(child<QDoubleSpinBox>(dock, "gamma")->isHidden());
    EXPECT_TRUE(child<QSpinBox>(dock, "totalEpochs")->isHidden());

    selectData(child<QComboBox>(dock, "loss"), "mse");
    EXPECT_TRUE(child<QDoubleSpinBox>(dock, "labelSmoothing")->isHidden());

    EXPECT_FALSE(child<QSpinBox>(dock, "patience")->isEnabled()) << "early stopping is off by default";
}

TEST(TrainingSettingsDock, ALessonLockLeavesEditableExactlyTheSettingsItNames)
{
    NetworkDocument document;
    TrainingSettingsDock dock(&document);
    child<QDoubleSpinBox>(dock, "momentum")->setValue(0.9); // so Nesterov can be enabled
    const QStringList names = LessonLocks::trainingSettingNames();
    for (const QString& name : names)
        EXPECT_FALSE(dock.editorsOf(name).empty()) << name.toStdString() << " has no editor";
    EXPECT_TRUE(dock.editorsOf(QStringLiteral("no_such_setting")).empty());

    for (const QString& open : names) {
        SCOPED_TRACE(open.toStdString());
        dock.setEditableSettings(QStringList { open });
        for (const QString& name : names)
            for (QWidget* editor : dock.editorsOf(name))
                EXPECT_EQ(editor->isEnabled(), name == open) << name.toStdString();
    }
    dock.setEditableSettings(std::nullopt);
    for (const QString& name : names)
        for (QWidget* editor : dock.editorsOf(name))
            EXPECT_TRUE(editor->isEnabled()) << name.toStdString();
}

TEST(TrainingSettingsDock, LearningRateStepsThroughDecades)
{
    EXPECT_DOUBLE_EQ(LogDoubleSpinBox::ladderStep(0.001, +1), 0.002);
    EXPECT_DOUBLE_EQ(LogDoubleSpinBox::ladderStep(0.002, +1), 0.005);
    EXPECT_NEAR(LogDoubleSpinBox::ladderStep(0.005, +1), 0.01, 1e-15);
    EXPECT_NEAR(LogDoubleSpinBox::ladderStep(0.001, -1), 0.0005, 1e-15);
    EXPECT_NEAR(LogDoubleSpinBox::ladderStep(0.003, -1), 0.002, 1e-15);
    NetworkDocument document;
    TrainingSettingsDock dock(&document);
    auto* lr = child<LogDoubleSpinBox>(dock, "learningRate");
    EXPECT_EQ(lr->text(), QStringLiteral("0.001"));
    lr->stepBy(1);
    EXPECT_DOUBLE_EQ(document.trainingConfig().learningRate, 0.002);
    EXPECT_EQ(child<LogDoubleSpinBox>(dock, "eps")->text(), QStringLiteral("1e-08"));
}

TEST(TrainingSettingsDock, ProgressAndActionArea)
{
    NetworkDocument document;
    TrainingSettingsDock dock(&document);
    auto* start = new QAction(QStringLiteral("Start"), &dock);
    dock.actionArea()->addActions({ start });
    EXPECT_EQ(dock.actionArea()->actions().size(), 1);
    dock.setProgress(3, 20, 412, 1688, 112.0);
    auto* epochs = child<QProgressBar>(dock, "epochProgress");
    EXPECT_EQ(epochs->value(), 3);
    EXPECT_EQ(epochs->maximum(), 20);
    EXPECT_EQ(child<QProgressBar>(dock, "batchProgress")->value(), 412);
    EXPECT_TRUE(child<QLabel>(dock, "timeLeft")->text().contains(QStringLiteral("1:52")));
    dock.clearProgress();
    EXPECT_EQ(epochs->value(), 0);
}
