// The native-fault check without the JVM and PyTorch: repeats one deterministic floating-point
// computation (8 layers of 64-wide dot products with leaky ReLU over n floats) and compares each
// result bit for bit with the first; a mismatch is computed again to tell a transient fault from
// corrupted memory. See docs/search.md#native-faults.
//   gcc -O3 -ffast-math -mavx2 -mfma -o fpcheck_avx2 fpcheck.c   (or -mno-avx for SSE only)
//   ./fpcheck_avx2 <wall seconds> <n floats, e.g. 65536>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <time.h>
static double cpu_s(void){struct timespec t;clock_gettime(CLOCK_PROCESS_CPUTIME_ID,&t);return t.tv_sec+t.tv_nsec/1e9;}
static double wall_s(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec/1e9;}
// a small matmul-like kernel: y = W x, then tanh-free nonlinearity, several layers; vectorizable
static void run(const float *w, const float *x0, float *buf, int n, int layers, float *out){
  float *x=buf, *y=buf+n; memcpy(x,x0,n*sizeof(float));
  int k=64; // row block
  for(int l=0;l<layers;l++){
    for(int i=0;i<n;i++){ float s=0; const float *wr=w+(size_t)(i%k)*k; 
      const float *xb=x+(i/k*k); for(int j=0;j<k;j++) s+=wr[j]*xb[j]; y[i]=s>0?s:0.01f*s; }
    float *t=x;x=y;y=t;
  }
  memcpy(out,x,n*sizeof(float));
}
int main(int argc,char**argv){
  double secs=atof(argv[1]); int n=atoi(argv[2]); int layers=8;
  float *w=malloc(64*64*4),*x0=malloc(n*4),*buf=malloc(2*n*4),*ref=malloc(n*4),*out=malloc(n*4);
  srand(7); for(int i=0;i<64*64;i++) w[i]=(rand()/(float)RAND_MAX-0.5f)*0.25f;
  for(int i=0;i<n;i++) x0[i]=rand()/(float)RAND_MAX;
  run(w,x0,buf,n,layers,ref);
  long iters=0,faults=0; double c0=cpu_s(), w0=wall_s();
  while(wall_s()-w0<secs){
    run(w,x0,buf,n,layers,out); iters++;
    if(memcmp(out,ref,n*4)){ faults++; int first=-1,cnt=0; for(int i=0;i<n;i++) if(memcmp(out+i,ref+i,4)){cnt++; if(first<0)first=i;}
      // again: transient (register/context) or persistent (memory)?
      run(w,x0,buf,n,layers,out); int again=memcmp(out,ref,n*4)!=0;
      fprintf(stderr,"fault at iter %ld t=%.1fs: %d of %d values differ, first [%d] %.9g vs %.9g; recomputation %s\n",
        iters,wall_s()-w0,cnt,n,first,out[first],ref[first],again?"ALSO differs":"agrees");
    }
  }
  double c=cpu_s()-c0;
  printf("iters %ld faults %ld cpu_s %.1f wall_s %.1f faults_per_cpu_min %.3f\n",iters,faults,c,wall_s()-w0,faults/(c/60));
  return 0;
}
