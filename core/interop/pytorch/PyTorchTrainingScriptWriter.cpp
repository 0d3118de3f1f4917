#include "PyTorchTrainingScriptWriter.h"

#include "engine/Graph.h"
#include "io/TrainingConfig.h"
#include "model/NetworkGraphModel.h"
#include "PythonText.h"

namespace nw::pytorch {

namespace {

// The loop itself: the same for every project; the settings above it say what differs.
const char* const kTrainingLoop = R"PY(

def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=EPOCHS, help="epochs to train (default: the project's, %(default)s)")
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE,
                        help="samples per optimizer step, over all processes together (default: %(default)s)")
    parser.add_argument("--weights", default=os.path.join(HERE, "weights.safetensors"),
                        help="weights to start from (default: the exported weights.safetensors)")
    parser.add_argument("--output", default=os.path.join(HERE, "trained.safetensors"),
                        help="where the trained weights go (default: %(default)s)")
    parser.add_argument("--data", default=os.path.join(HERE, "data"), help="folder of the .npy splits")
    return parser.parse_args()


class Distributed:
    """One process alone, or one of torchrun's WORLD_SIZE processes (DistributedDataParallel):
    gloo on CPU, nccl when CUDA is present, one GPU per process."""

    def __init__(self):
        self.world = int(os.environ.get("WORLD_SIZE", "1"))
        self.rank = int(os.environ.get("RANK", "0"))
        local_rank = int(os.environ.get("LOCAL_RANK", "0"))
        if torch.cuda.is_available():
            torch.cuda.set_device(local_rank)
            self.device = torch.device("cuda", local_rank)
        else:
            self.device = torch.device("cpu")
        if self.world > 1:
            dist.init_process_group("nccl" if torch.cuda.is_available() else "gloo")

    def wrap(self, net):
        if self.world == 1:
            return net
        return DistributedDataParallel(net, device_ids=[self.device.index] if self.device.type == "cuda" else None)

    def sum(self, *values):
        """The values summed over every process (each process contributes its share)."""
        totals = torch.tensor(values, dtype=torch.float64, device=self.device)
        if self.world > 1:
            dist.all_reduce(totals)
        return totals.tolist()

    def close(self):
        if self.world > 1:
            # Leave together: a process that tears its group down while another is still
            # writing the weights can leave that one waiting forever on a gone peer.
            dist.barrier()
            # Then go without tearing the group down: PyTorch 1.13 can deadlock destroying
            # a gloo group (the destroying thread holds the GIL that a gloo thread, letting
            # go of its last tensor, waits for; seen under load). Everything is written.
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(0)


def load_split(folder, part, info):
    """X as stored (uint8 images stay uint8 until a batch is made) and y."""
    x = torch.from_numpy(np.load(os.path.join(folder, part + "_x.npy")))
    y = torch.from_numpy(np.load(os.path.join(folder, part + "_y.npy")))
    return x, y


def as_inputs(x, info, device):
    """A batch as the network sees it: float32, bytes multiplied by their scale."""
    x = x.to(device)
    if x.dtype == torch.uint8:
        return x.float() * info["x_scale"]
    return x.float()


def make_loss():
    if LOSS == "cross_entropy":
        loss = nn.CrossEntropyLoss(label_smoothing=LABEL_SMOOTHING)
        # Per-position labels ([N, T] for [N, T, classes] outputs) count every position.
        return lambda logits, y: loss(logits.reshape(-1, logits.shape[-1]), y.reshape(-1).long())
    if LOSS == "bce_with_logits":
        loss = nn.BCEWithLogitsLoss()
        return lambda logits, y: loss(logits, y.float().reshape(logits.shape))
    loss = nn.MSELoss()
    return lambda logits, y: loss(logits, y.float().reshape(logits.shape))


def count_correct(logits, y):
    """(correct, counted) as Netwright counts them; (0, 0) for regression."""
    if LOSS == "cross_entropy":
        return (logits.argmax(dim=-1).reshape(-1) == y.reshape(-1)).sum().item(), y.numel()
    if LOSS == "bce_with_logits":
        return ((logits > 0) == (y.reshape(logits.shape) > 0.5)).sum().item(), logits.numel()
    return 0, 0


def make_optimizer(parameters):
    o = OPTIMIZER
    if o["name"] == "sgd":
        return torch.optim.SGD(parameters, lr=LEARNING_RATE, momentum=o["momentum"], nesterov=o["nesterov"],
                               weight_decay=o["weight_decay"])
    if o["name"] == "adam":
        return torch.optim.Adam(parameters, lr=LEARNING_RATE, betas=(o["beta1"], o["beta2"]), eps=o["eps"],
                                weight_decay=o["weight_decay"])
    if o["name"] == "adamw":
        return torch.optim.AdamW(parameters, lr=LEARNING_RATE, betas=(o["beta1"], o["beta2"]), eps=o["eps"],
                                 weight_decay=o["weight_decay"])
    return torch.optim.RMSprop(parameters, lr=LEARNING_RATE, alpha=o["alpha"], eps=o["eps"],
                               weight_decay=o["weight_decay"], momentum=o["momentum"])


def learning_rate(epoch, fraction, epochs):
    """Netwright's schedule at `fraction` of epoch `epoch` (0-based), warm-up included."""
    s = SCHEDULE
    if s["kind"] == "step":
        rate = LEARNING_RATE * s["gamma"] ** (epoch // s["step_epochs"])
    elif s["kind"] == "exponential":
        rate = LEARNING_RATE * s["gamma"] ** epoch
    elif s["kind"] == "cosine":
        total = s["total_epochs"] or epochs
        progress = min(epoch, total) / total
        rate = s["min_lr"] + (LEARNING_RATE - s["min_lr"]) * (1 + math.cos(math.pi * progress)) / 2
    else:
        rate = LEARNING_RATE
    if s["warmup_epochs"] > 0 and epoch + fraction < s["warmup_epochs"]:
        rate *= (epoch + fraction) / s["warmup_epochs"]
    return rate


def penalty(net):
    """The L1/L2 penalties of the weights that carry one (autograd differentiates them)."""
    total = 0.0
    parameters = dict(net.named_parameters())
    for name, (l1, l2) in PENALTIES.items():
        w = parameters[name]
        if l1:
            total = total + l1 * w.abs().sum()
        if l2:
            total = total + l2 * (w * w).sum()
    return total


def evaluate(net, x, y, info, run, batch=256):
    """Mean loss and accuracy over every sample of x, y: each process takes every
    world-th sample (no padding, so the totals are exact) and the sums are combined."""
    loss_fn = make_loss()
    net.eval()
    loss_sum, correct, counted = 0.0, 0, 0
    mine = torch.arange(run.rank, len(x), run.world)
    with torch.no_grad():
        for start in range(0, len(mine), batch):
            index = mine[start:start + batch]
            logits = net(as_inputs(x[index], info, run.device))
            target = y[index].to(run.device)
            loss_sum += loss_fn(logits, target).item() * len(index)
            c, n = count_correct(logits, target)
            correct, counted = correct + c, counted + n
    loss_sum, correct, counted = run.sum(loss_sum, correct, counted)
    return loss_sum / max(len(x), 1), (correct / counted if counted else None)


def describe(name, loss, accuracy):
    return "%s loss %.4f" % (name, loss) + ("" if accuracy is None else " %s accuracy %.4f" % (name, accuracy))


def main():
    args = parse_arguments()
    if not os.path.isfile(os.path.join(args.data, "info.json")):
        sys.exit("train.py: %s holds no exported data (info.json): export the project again without --no-data"
                 % args.data)
    run = Distributed()
    random.seed(SEED)
    np.random.seed(SEED)
    torch.manual_seed(SEED)
    with open(os.path.join(args.data, "info.json"), encoding="utf-8") as f:
        info = json.load(f)
    train_x, train_y = load_split(args.data, "train", info)
    val_x, val_y = load_split(args.data, "validation", info)
    test_x, test_y = load_split(args.data, "test", info)

    net = model.load(args.weights).to(run.device)
    for name, p in net.named_parameters():
        p.requires_grad_(name not in FROZEN)
    trained = run.wrap(net)
    optimizer = make_optimizer([p for p in net.parameters() if p.requires_grad])
    loss_fn = make_loss()
    # The project's batch is split over the processes, so N processes take the same steps as one.
    per_process = max(1, args.batch_size // run.world)
    sampler = DistributedSampler(TensorDataset(train_y), num_replicas=run.world, rank=run.rank, shuffle=True,
                                 seed=SEED, drop_last=False)
    best_loss, best_state, waited = None, None, 0
    if run.rank == 0:
        print("training on %d samples, %d process(es) on %s, %d per process per step"
              % (len(train_x), run.world, run.device, per_process), flush=True)
    for epoch in range(args.epochs):
        trained.train()
        # As in Netwright, a frozen layer with buffers (BatchNorm) stays in evaluation
        # mode: it keeps and uses its running statistics instead of updating them.
        for name, module in net.named_modules():
            if list(module.buffers(recurse=False)) and any(f.rsplit(".", 1)[0] == name for f in FROZEN):
                module.eval()
        sampler.set_epoch(epoch)
        order = list(sampler)
        steps = max(1, math.ceil(len(order) / per_process))
        loss_sum, correct, counted, seen = 0.0, 0, 0, 0
        for step in range(steps):
            index = torch.tensor(order[step * per_process:(step + 1) * per_process], dtype=torch.long)
            if len(index) == 0:
                continue
            for group in optimizer.param_groups:
                group["lr"] = learning_rate(epoch, (step + 1) / steps, args.epochs)
            inputs = as_inputs(train_x[index], info, run.device)
            target = train_y[index].to(run.device)
            logits = trained(inputs)
            loss = loss_fn(logits, target) + penalty(net)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            if GRADIENT_CLIP_NORM > 0:
                nn.utils.clip_grad_norm_(net.parameters(), GRADIENT_CLIP_NORM)
            optimizer.step()
            loss_sum += loss.item() * len(index)
            seen += len(index)
            c, n = count_correct(logits.detach(), target)
            correct, counted = correct + c, counted + n
        loss_sum, correct, counted, seen = run.sum(loss_sum, correct, counted, seen)
        line = "epoch %d/%d: %s" % (epoch + 1, args.epochs,
                                    describe("train", loss_sum / max(seen, 1), correct / counted if counted else None))
        monitored = loss_sum / max(seen, 1)
        if len(val_x):
            val_loss, val_accuracy = evaluate(net, val_x, val_y, info, run)
            line += ", " + describe("validation", val_loss, val_accuracy)
            monitored = val_loss
        if run.rank == 0:
            print(line + ", lr %.6g" % optimizer.param_groups[0]["lr"], flush=True)
        if best_loss is None or monitored < best_loss - EARLY_STOPPING["min_delta"]:
            best_loss, waited = monitored, 0
            if EARLY_STOPPING["enabled"] and EARLY_STOPPING["restore_best_weights"]:
                best_state = {k: v.detach().clone() for k, v in net.state_dict().items()}
        else:
            waited += 1
        if EARLY_STOPPING["enabled"] and waited >= EARLY_STOPPING["patience"]:
            if run.rank == 0:
                print("early stop: no improvement for %d epochs" % waited, flush=True)
            break
    if best_state is not None:
        net.load_state_dict(best_state)

    test_loss = test_accuracy = None
    if len(test_x):
        test_loss, test_accuracy = evaluate(net, test_x, test_y, info, run)
    if run.rank == 0:
        model.save(net, args.output)
        print("wrote %s" % args.output, flush=True)
        # The test result comes last, for scripts that read the final line.
        if test_loss is not None:
            print("test loss %.4f" % test_loss, flush=True)
        if test_accuracy is not None:
            print("test accuracy %.4f" % test_accuracy, flush=True)
    run.close()


if __name__ == "__main__":
    main()
)PY";

QString dictionary(const QList<QPair<QString, QString>>& entries)
{
    QStringList parts;
    for (const auto& [key, value] : entries)
        parts << QStringLiteral("%1: %2").arg(pythonString(key), value);
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

} // namespace

QString PyTorchTrainingScriptWriter::write(const TrainingConfig& config, const NetworkGraphModel& model, Graph& graph)
{
    const auto& o = config.optimizer;
    const auto& s = config.schedule;
    const auto& e = config.earlyStopping;

    // Penalised weights by name: the graph knows which parameters are weights (biases never are).
    QStringList penalties;
    const auto named = graph.namedParameters();
    for (const Graph::Penalty& p : graph.penalties())
        for (const NamedParameter& n : named)
            if (n.param == p.weight) {
                // The node's own numbers (double, as typed), not the engine's float copies.
                const QString name = QString::fromStdString(n.name);
                const NodeData* node = model.node(name.section(QLatin1Char('.'), 0, 0));
                penalties << QStringLiteral("    %1: (%2, %3),")
                                 .arg(pythonString(name), pythonNumber(node ? node->l1 : p.l1),
                                     pythonNumber(node ? node->l2 : p.l2));
            }
    QStringList frozen;
    for (const NamedParameter& n : named) {
        const QString name = QString::fromStdString(n.name);
        const NodeData* node = model.node(name.section(QLatin1Char('.'), 0, 0));
        if (node && !node->trainable && n.param->isTrainable())
            frozen << QStringLiteral("    ") + pythonString(name) + QLatin1Char(',');
    }

    QString text
        = QStringLiteral(R"PY("""Trains the network of model.py with PyTorch, with the Netwright project's settings.

    python3 train.py                             # one process: the GPU when there is one, else the CPU
    torchrun --nproc_per_node 4 train.py         # 4 processes on this machine (DistributedDataParallel)
    python3 train.py --epochs 3                  # the settings below can be overridden

It starts from weights.safetensors, reads data/ (the project's train, validation and
test splits), prints each epoch's loss and accuracy and finally the test accuracy, and
writes trained.safetensors in Netwright's layout. README.md says how to bring the
result back into Netwright and how to run on several machines.
"""
import argparse
import json
import math
import os
import random
import sys

import numpy as np
import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import TensorDataset
from torch.utils.data.distributed import DistributedSampler

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import model  # noqa: E402  (model.py beside this file)

# The project's training settings ("training" in the .nwproj file).
)PY");
    text += QStringLiteral("EPOCHS = %1\n").arg(config.epochs);
    text += QStringLiteral("BATCH_SIZE = %1\n").arg(config.batchSize);
    text += QStringLiteral("SEED = %1\n").arg(config.seed);
    text += QStringLiteral("LOSS = %1\n").arg(pythonString(config.loss));
    text += QStringLiteral("LABEL_SMOOTHING = %1\n").arg(pythonNumber(config.labelSmoothing));
    text += QStringLiteral("LEARNING_RATE = %1\n").arg(pythonNumber(config.learningRate));
    text += QStringLiteral("OPTIMIZER = %1\n")
                .arg(dictionary({ { QStringLiteral("name"), pythonString(o.name) },
                    { QStringLiteral("momentum"), pythonNumber(o.momentum) },
                    { QStringLiteral("nesterov"), pythonBool(o.nesterov) },
                    { QStringLiteral("weight_decay"), pythonNumber(o.weightDecay) },
                    { QStringLiteral("beta1"), pythonNumber(o.beta1) },
                    { QStringLiteral("beta2"), pythonNumber(o.beta2) }, { QStringLiteral("eps"), pythonNumber(o.eps) },
                    { QStringLiteral("alpha"), pythonNumber(o.alpha) } }));
    text += QStringLiteral("# The learning rate per epoch; warm-up ramps it up linearly over the first epochs.\n");
    text += QStringLiteral("SCHEDULE = %1\n")
                .arg(dictionary({ { QStringLiteral("kind"), pythonString(s.kind) },
                    { QStringLiteral("step_epochs"), QString::number(s.stepEpochs) },
                    { QStringLiteral("gamma"), pythonNumber(s.gamma) },
                    { QStringLiteral("total_epochs"), QString::number(s.totalEpochs) },
                    { QStringLiteral("min_lr"), pythonNumber(s.minLearningRate) },
                    { QStringLiteral("warmup_epochs"), pythonNumber(s.warmupEpochs) } }));
    text += QStringLiteral("GRADIENT_CLIP_NORM = %1  # 0: no clipping\n").arg(pythonNumber(config.gradientClipNorm));
    text += QStringLiteral("# Watches the validation loss (the training loss when there is no validation split).\n");
    text += QStringLiteral("EARLY_STOPPING = %1\n")
                .arg(dictionary({ { QStringLiteral("enabled"), pythonBool(e.enabled) },
                    { QStringLiteral("patience"), QString::number(e.patience) },
                    { QStringLiteral("min_delta"), pythonNumber(e.minDelta) },
                    { QStringLiteral("restore_best_weights"), pythonBool(e.restoreBestWeights) } }));
    text += QStringLiteral("# L1 and L2 penalties added to the loss: weight name -> (l1, l2). Biases carry none.\n");
    text += penalties.isEmpty() ? QStringLiteral("PENALTIES = {}\n")
                                : QStringLiteral("PENALTIES = {\n%1\n}\n").arg(penalties.join(QLatin1Char('\n')));
    text += QStringLiteral("# Weights of frozen nodes: kept as they are.\n");
    text += frozen.isEmpty() ? QStringLiteral("FROZEN = set()\n")
                             : QStringLiteral("FROZEN = {\n%1\n}\n").arg(frozen.join(QLatin1Char('\n')));
    text += QString::fromUtf8(kTrainingLoop);
    return text;
}

} // namespace nw::pytorch
