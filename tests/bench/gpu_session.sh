#!/usr/bin/env bash
# One lent-GPU session: every GPU number in the notes comes from this script (about 9 minutes on an H100/H200),
# and the VLM video-input tests run there, where torchvision and CUDA are (PYTHON names an interpreter that has them).
# Each part has its own time limit and streams its rows to $OUT, so a part that runs long loses only itself.
# Check it on a CPU first:  OUT=/tmp/gpu-check TINY=1 bash tests/bench/gpu_session.sh
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-gpu-results}
mkdir -p "$OUT"
tiny=${TINY:+--tiny}
python=${PYTHON:-python}
{ nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv || echo "no nvidia-smi"
  $python -c "import torch, diffusers, peft, transformers; print('torch', torch.__version__, 'cuda', torch.version.cuda, 'diffusers', diffusers.__version__, 'peft', peft.__version__, 'transformers', transformers.__version__)"
  $python -c "import torchvision; print('torchvision', torchvision.__version__)" || echo 'no torchvision'
} 2>&1 | tee "$OUT/machine.txt"
run_part() {  # name, seconds, command...
  local name=$1 limit=$2; shift 2
  echo "== $name (limit ${limit}s)"
  local started=$SECONDS
  timeout --signal=INT --kill-after=20 "$limit" "$@" > >(tee "$OUT/$name.log") 2>&1
  echo "== $name exit $? after $((SECONDS - started)) s" | tee -a "$OUT/$name.log"
}
run_part vlm_video "${VLM_LIMIT:-150}" $python -m pytest -q -p no:cacheprovider -rs tests/test_vlm_video_input.py \
  tests/test_prophy_vlm_maps.py
run_part phygdpo_train "${PHYGDPO_LIMIT:-240}" $python tests/bench/gpu_phygdpo_bench.py $tiny
run_part wan_inference "${WAN_LIMIT:-250}" $python tests/bench/gpu_wan_bench.py $tiny --timed-steps "${TIMED_STEPS:-4}" \
  --fbc-steps "${FBC_STEPS:-12}" --out "$OUT/wan_inference.json"
