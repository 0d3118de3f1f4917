#include "ProjectTraining.h"

#include "PreparedProject.h"

#include "data/AugmentedBatchSource.h"
#include "engine/BatchSource.h"
#include "engine/EngineError.h"
#include "engine/ThreadPool.h"
#include "engine/WeightTransfer.h"
#include "engine/losses/Loss.h"
#include "engine/optim/LearningRateSchedule.h"
#include "engine/optim/Optimizer.h"
#include "io/ProjectPairFile.h"
#include "io/SafetensorsFile.h"
#include "io/TrainingState.h"


namespace nw {

std::unique_ptr<AugmentedBatchSource> augmentedTrainingSource(
    const PreparedProject& project, const BatchSource& train, std::uint64_t seed)
{
    const AugmentationSettings& augmentation = project.project().dataset.augmentation;
    if (!project.hasData() || !augmentation.isActive())
        return nullptr;
    const Dataset& data = project.data();
    AugmentedBatchSource::Options options;
    // 8-bit images cannot be brighter than white: brightness, contrast and noise stay in
    // range. Normalised images have no such range: their values are unclamped.
    if (data.holdsBytes() && !data.hasChannelNormalization())
        options.range = PixelRange { 0.0f, 255.0f * data.byteScale() };
    options.augmentTargets = data.isReconstruction();
    return std::make_unique<AugmentedBatchSource>(train, augmentation, seed, options);
}

ProjectTraining::ProjectTraining(PreparedProject& project, const TrainingOverrides& overrides)
    : m_project(project)
    , m_config(project.project().training)
{
    if (!project.isValid())
        throw EngineError("the network has errors: " + project.compiled().summary().toStdString());
    if (overrides.epochs)
        m_config.epochs = *overrides.epochs;
    if (overrides.batchSize)
        m_config.batchSize = *overrides.batchSize;
    if (overrides.learningRate)
        m_config.learningRate = *overrides.learningRate;
    if (overrides.optimizer)
        m_config.optimizer.name = overrides.optimizer->toLower();
    if (overrides.seed)
        m_config.seed = *overrides.seed;
    if (overrides.threads)
        m_config.threads = *overrides.threads;
    if (m_config.epochs < 1)
        throw EngineError("epochs must be at least 1, got " + std::to_string(m_config.epochs));
    if (m_config.batchSize < 1)
        throw EngineError("the batch size must be at least 1, got " + std::to_string(m_config.batchSize));
    if (!(m_config.learningRate > 0.0))
        throw EngineError("the learning rate must be positive, got " + std::to_string(m_config.learningRate));
    m_loss = makeLoss(m_config.loss.toStdString(), static_cast<float>(m_config.labelSmoothing));
    m_optimizer = makeOptimizer(m_config.toOptimizerSettings());
    m_schedule = std::make_unique<LearningRateSchedule>(m_config.toScheduleSettings());
    m_pool = std::make_unique<ThreadPool>(m_config.threads);
    if (project.hasData() && project.project().dataset.augmentation.isActive()) {
        m_train = project.source(DataPart::Train);
        m_augmented = augmentedTrainingSource(project, *m_train, m_config.seed);
    }
}

ProjectTraining::~ProjectTraining() = default;

int ProjectTraining::threadCount() const
{
    return m_pool->threadCount();
}

bool ProjectTraining::resume(QString* error)
{
    if (!m_project.hasWeights()) {
        *error = m_project.path() + QStringLiteral(": nothing to resume: the project has no saved weights");
        return false;
    }
    int epochs = 0;
    if (!applyTrainingState(m_project.graph(), m_optimizer.get(), m_project.savedState(), &epochs, error))
        return false;
    m_epochsBefore = epochs;
    m_resumed = true;
    return true;
}

TrainingResult ProjectTraining::run(const TrainerCallbacks& callbacks, TrainingControl* control)
{
    // A fresh run starts from the seed's initial weights, so the same project and
    // seed always give the same curves; --resume continues the saved run instead.
    // Transfer learning: the nodes given starting weights take them, the others the seed's.
    if (!m_resumed) {
        m_project.graph().initialize(m_config.seed);
        if (const auto& start = m_project.startingWeights())
            applyMatchedWeights(m_project.graph(), *start);
    }
    TrainerSettings settings = m_config.toTrainerSettings();
    settings.startEpoch = m_epochsBefore;
    settings.validationFraction = 0.0f; // the project's split decides validation
    Trainer trainer(m_project.graph(), *m_loss, *m_optimizer, *m_schedule, *m_pool, settings);
    if (!m_train)
        m_train = m_project.source(DataPart::Train);
    const BatchSource& train = m_augmented ? static_cast<const BatchSource&>(*m_augmented) : *m_train;
    const auto validation = m_project.partSize(DataPart::Validation) > 0 ? m_project.source(DataPart::Validation)
                                                                          : nullptr;
    TrainingResult result = trainer.fit(train, validation.get(), callbacks, control);
    m_epochsDone = m_epochsBefore + result.epochsCompleted;
    return result;
}

bool ProjectTraining::save(const QString& projectPath, QString* error)
{
    // The project and its weights are one save (ProjectPairFile): a kill at any
    // instant leaves the previous pair or the new one, never new weights beside the
    // old project.
    const SafetensorsContents state = collectTrainingState(m_project.graph(), m_optimizer.get(), m_epochsDone);
    Project saved = m_project.project();
    saved.training = m_config;
    // Text data: the vocabulary these weights were trained with, so predict encodes new text the same way.
    if (m_project.hasData())
        saved.dataset.vocabulary = storedVocabulary(m_project);
    return ProjectPairFile::write(projectPath, saved, state, error);
}

} // namespace nw
